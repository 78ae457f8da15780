"use client";
// An ANNUAL target: each year's figure as a bar from zero, in the indicator's own unit, against the target band
// (min–max as a shaded area, the min as a line; the line alone when there is no max). A year without a figure
// stays a gap with the reason written in it: a missing year is not a zero.
import { Bar, BarChart, CartesianGrid, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { barReach, withOpenEnds } from "@/lib/charts/open-ends";
import type { Locale } from "@/lib/domain/types";
import type { AnnualChartData } from "@/lib/charts/annual-data";
import { CHART_COLORS, niceCeiling, numberLabel, type ChartConfig } from "@/lib/charts/config";
import { ColumnMarks } from "./chart-marks";
import { useChartScale } from "./chart-scale";
import { ChartLegend, ChartTooltip, SureBar, extraBar } from "./chart-parts";

const HEIGHT = 300;
const ExtraUp = extraBar("up");

type Props = { chart: AnnualChartData; locale: Locale; legend: ChartConfig };

export function AnnualChart({ chart, locale, legend }: Props) {
  const { min, max, targetApprox, data } = chart;
  const s = useChartScale();
  const ends = data.map(barReach);
  const top = niceCeiling(Math.max(min, max ?? 0, ...ends) * 1.15);
  const rows = withOpenEnds(data, top);
  const columns = rows.map((r) => ({ key: r.year, end: r.end, label: r.valueLabel, gapLabel: r.gapLabel }));
  return (
    <div>
      <BarChart data={rows} responsive style={{ width: "100%", height: HEIGHT }} margin={{ top: 28 * s, right: 16, bottom: 4, left: 8 }} barCategoryGap="30%" accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis dataKey="year" fontSize={13 * s} />
        <YAxis domain={[0, top]} allowDataOverflow width={64 * s} fontSize={13 * s} tickFormatter={(v: number) => numberLabel(v, locale)} />
        <Tooltip content={ChartTooltip} cursor={{ fill: "var(--color-accent-soft)", fillOpacity: 0.5 }} isAnimationActive={false} />
        {max !== null && max > min && <ReferenceArea y1={min} y2={Math.min(max, top)} fill={CHART_COLORS.band} fillOpacity={0.25} />}
        {/* Named in the legend, not on the line: a label there collides with the bars' figures. */}
        <ReferenceLine y={min} stroke={CHART_COLORS.target} strokeWidth={2.5} strokeDasharray={targetApprox ? "6 4" : undefined} />
        <Bar dataKey="sure" stackId="result" shape={SureBar} isAnimationActive={false} />
        <Bar dataKey="extra" stackId="result" shape={ExtraUp} isAnimationActive={false} />
        <ColumnMarks columns={columns} />
      </BarChart>
      <ChartLegend config={legend} />
    </div>
  );
}
