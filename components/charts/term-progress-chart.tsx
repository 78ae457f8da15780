"use client";
// A running term, as bullet charts: per target, the whole term's target (light grey, to 100%), what should be
// done by now at an even pace (darker grey, the pro-rata expectation) and the result so far (the bar).
// A bar that reaches the end of the darker band is on track.
import type { Locale } from "@/lib/domain/types";
import type { ChartConfig } from "@/lib/charts/config";
import { ChartLegend } from "./chart-parts";
import { PercentBars } from "./percent-bars";
import type { PercentDatum } from "@/lib/charts/percent-data";

export function TermProgressChart({ data, locale, targetLabel, legend }: { data: PercentDatum[]; locale: Locale; targetLabel: string; legend: ChartConfig }) {
  return (
    <div>
      <PercentBars data={data} locale={locale} targetLabel={targetLabel} bullet />
      <ChartLegend config={legend} />
    </div>
  );
}
