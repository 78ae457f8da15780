"use client";
// An ANNUAL target: each year's figure as a bar from zero, in the indicator's own unit, against the target band
// (min–max as a shaded area, the min as a line; the line alone when there is no max). A year without a figure
// stays a gap with the reason written in it: a missing year is not a zero.
import { Bar, BarChart, ReferenceArea, ReferenceLine } from "recharts";
import { barReach, withOpenEnds } from "@/lib/charts/open-ends";
import type { Locale } from "@/lib/domain/types";
import type { AnnualChartData } from "@/lib/charts/annual-data";
import { CHART_COLORS, niceCeiling, type ChartConfig } from "@/lib/charts/config";
import { ColumnMarks } from "./chart-marks";
import { useChartScale } from "./chart-scale";
import { yearBarsAxes, yearBarsProps } from "./year-bars-frame";
import { ChartLegend, SureBar, extraBar } from "./chart-parts";

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
      <BarChart data={rows} {...yearBarsProps(s)}>
        {yearBarsAxes(top, s, locale)}
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
