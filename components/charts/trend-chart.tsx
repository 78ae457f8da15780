"use client";
// One indicator over the years (decision 0033): a bar a year from zero in the indicator's own unit, a year with
// no figure left as a gap with its reason, what the sources leave open drawn beyond the bar (a range's top light,
// a lower bound's arrow, an approximate figure dashed), plus the yearly target bands and each term's running
// total against its target (trend-marks.tsx). Labels arrive formatted for the page's locale.
import { Bar, BarChart } from "recharts";
import { barReach, withOpenEnds } from "@/lib/charts/open-ends";
import type { Locale } from "@/lib/domain/types";
import { CHART_COLORS, niceCeiling, type ChartConfig } from "@/lib/charts/config";
import { TREND_COLORS } from "@/lib/charts/trend-colors";
import type { TrendBar, TrendChartData } from "@/lib/charts/trend-text";
import { ColumnMarks } from "./chart-marks";
import { useChartScale } from "./chart-scale";
import { yearBarsAxes, yearBarsProps } from "./year-bars-frame";
import { ChartLegend } from "./chart-parts";
import { TrendMarks } from "./trend-marks";


type Row = TrendBar & { sure: number | null; extra: number | null; open: boolean; end: number | null };
type ShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: unknown };

function box(p: ShapeProps) {
  return { x: p.x ?? 0, y: p.y ?? 0, width: p.width ?? 0, height: p.height ?? 0, row: p.payload as Row };
}

function SureShape(props: ShapeProps) {
  const { x, y, width, height, row } = box(props);
  if (!(width > 0 && height > 0)) return null;
  return row.approx ? (
    <rect x={x} y={y} width={width} height={height} fill={TREND_COLORS.value} fillOpacity={0.75} stroke={CHART_COLORS.target} strokeWidth={1.5} strokeDasharray="5 3" />
  ) : (
    <rect x={x} y={y} width={width} height={height} fill={TREND_COLORS.value} />
  );
}

function ExtraShape(props: ShapeProps) {
  const { x, y, width, height, row } = box(props);
  if (!(width > 0 && height > 0)) return null;
  const light = <rect x={x} y={y} width={width} height={height} fill={TREND_COLORS.value} fillOpacity={0.28} stroke={TREND_COLORS.value} strokeWidth={row.open ? 0 : 1.5} />;
  if (!row.open) return light;
  return (
    <g>
      {light}
      <polygon points={`${x - 4},${y} ${x + width / 2},${y - 10} ${x + width + 4},${y}`} fill={TREND_COLORS.value} fillOpacity={0.6} />
    </g>
  );
}

export function TrendChart({ chart, locale, legend }: { chart: TrendChartData; locale: Locale; legend: ChartConfig }) {
  const s = useChartScale();
  const { bars, bands, lines } = chart;
  const reach = [
    ...bars.map(barReach),
    ...bands.map((b) => b.max ?? b.min),
    ...lines.flatMap((l) => [l.target.max ?? l.target.min, ...l.points.map((p) => p.high ?? p.low * 1.2)]),
  ];
  const top = niceCeiling(Math.max(...reach, 0) * 1.15);
  const rows: Row[] = withOpenEnds(bars, top);
  const columns = rows.map((r) => ({ key: r.year, end: r.end, label: r.label, gapLabel: r.gapLabel }));
  return (
    <div>
      <BarChart data={rows} {...yearBarsProps(s)}>
        {yearBarsAxes(top, s, locale)}
        <Bar dataKey="sure" stackId="v" shape={SureShape} isAnimationActive={false} />
        <Bar dataKey="extra" stackId="v" shape={ExtraShape} isAnimationActive={false} />
        <TrendMarks bands={bands} lines={lines} top={top} />
        <ColumnMarks columns={columns} />
      </BarChart>
      <ChartLegend config={legend} />
    </div>
  );
}
