"use client";
// Every target of a term against its result. Targets count different things (HTX, persons, %, multiples), so
// each bar is its result as a % of its own target, from zero, with the target at 100%; the raw figures are in
// the tooltip and in the table of the ChartFrame around it.
import type { Locale } from "@/lib/domain/types";
import type { ChartConfig } from "@/lib/charts/config";
import { ChartLegend } from "./chart-parts";
import { PercentBars } from "./percent-bars";
import type { PercentDatum } from "@/lib/charts/percent-data";

export function TargetResultChart({ data, locale, targetLabel, legend }: { data: PercentDatum[]; locale: Locale; targetLabel: string; legend: ChartConfig }) {
  return (
    <div>
      <PercentBars data={data} locale={locale} targetLabel={targetLabel} />
      <ChartLegend config={legend} />
    </div>
  );
}
