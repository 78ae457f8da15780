// What the two charts of a figure by year share (annual-chart.tsx, trend-chart.tsx): the chart's size and margins,
// the grid, the years along the bottom and the figures up the side to `top`, and the tooltip. Elements returned
// from a function, not a component: Recharts reads its axes among the chart's own children.
import { CartesianGrid, Tooltip, XAxis, YAxis, type BarChart } from "recharts";
import type { ComponentProps } from "react";
import type { Locale } from "@/lib/domain/types";
import { CHART_COLORS, numberLabel } from "@/lib/charts/config";
import { ChartTooltip } from "./chart-parts";

const HEIGHT = 300;

/** The BarChart's props but its data, at the chart scale `s` (useChartScale). */
export function yearBarsProps(s: number): Omit<ComponentProps<typeof BarChart>, "data"> {
  return { responsive: true, style: { width: "100%", height: HEIGHT }, margin: { top: 28 * s, right: 16, bottom: 4, left: 8 }, barCategoryGap: "30%", accessibilityLayer: false };
}

export function yearBarsAxes(top: number, s: number, locale: Locale) {
  return [
    <CartesianGrid key="grid" vertical={false} stroke={CHART_COLORS.grid} />,
    <XAxis key="x" dataKey="year" fontSize={13 * s} />,
    <YAxis key="y" domain={[0, top]} allowDataOverflow width={64 * s} fontSize={13 * s} tickFormatter={(v: number) => numberLabel(v, locale)} />,
    <Tooltip key="tip" content={ChartTooltip} cursor={{ fill: "var(--color-accent-soft)", fillOpacity: 0.5 }} isAnimationActive={false} />,
  ];
}
