"use client";
// Horizontal bars of results as % of their own target, one row per target, from zero. Shared by the overview
// (every target against its result) and the running-term progress chart (`bullet`: the whole target and the
// pro-rata expectation drawn as grey bands behind a thinner result bar).
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/lib/domain/types";
import { CHART_COLORS, niceCeiling, percentLabel } from "@/lib/charts/config";
import { RowMarks, type RowMark } from "./chart-marks";
import { useChartLook } from "./chart-scale";
import { CategoryTick, ChartTooltip, SureBar, extraBar, type BarView } from "./chart-parts";
import type { PercentDatum } from "@/lib/charts/percent-data";
import { useWidth } from "./use-width";

const ROW_HEIGHT = 64;
const AXIS_HEIGHT = 56;
const ARROW_SHARE = 0.07;

type Row = PercentDatum & BarView & RowMark & { sure: number | null; extra: number };

/** The axis end: room for every bar, band, expectation and lower-bound arrow, and 100% always in view. */
export function percentTop(data: PercentDatum[]): number {
  const ends = data.flatMap((d) => [d.low === null ? 0 : d.high ?? d.low * (1 + 2 * ARROW_SHARE), d.bandTop ?? 0, d.expected ?? 0]);
  return niceCeiling(Math.max(100, ...ends) * 1.05);
}

function toRow(d: PercentDatum, top: number): Row {
  const open = d.low !== null && d.high === null;
  // A lower bound gets a short arrow past its known part: "at least this much, maybe more".
  const extra = d.low === null ? 0 : open ? Math.min(top * ARROW_SHARE, Math.max(0, top - d.low)) : Math.max(0, (d.high ?? d.low) - d.low);
  const sure = d.low;
  return { ...d, sure, extra, open, approx: d.resultApprox, end: (sure ?? 0) + extra, hasResult: sure !== null };
}

const ExtraRight = extraBar("right");

export function PercentBars({ data, locale, targetLabel, bullet = false }: { data: PercentDatum[]; locale: Locale; targetLabel: string; bullet?: boolean }) {
  const top = percentTop(data);
  const rows = data.map((d) => toRow(d, top));
  const names = new Map(data.map((d) => [d.key, d.name]));
  const { scale: s, names: showNames } = useChartLook();
  const barSize = (bullet ? 14 : 24) * s;
  const [ref, width] = useWidth<HTMLDivElement>(900);
  // Names get a third of a phone's width and at most 210px; labels after the bars need less room there too.
  const nameWidth = showNames ? Math.round(Math.min(210 * s, Math.max(100, width * 0.3))) : 0;
  const right = (width < 560 ? 64 : 96) * s;
  return (
    <div ref={ref}>
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: "100%", height: (rows.length * ROW_HEIGHT + AXIS_HEIGHT) * s }}
        margin={{ top: 24 * s, right, bottom: 4, left: showNames ? 4 : 40 * s }}
        barSize={barSize}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
        <XAxis type="number" domain={[0, top]} allowDataOverflow tickFormatter={(v: number) => percentLabel(v, locale)} fontSize={13 * s} />
        <YAxis
          type="category"
          dataKey="key"
          width={nameWidth}
          hide={!showNames}
          tickLine={false}
          tick={(p) => <CategoryTick x={p.x} y={p.y} payload={p.payload} names={names} width={nameWidth} small={width < 560} />}
        />
        <Tooltip content={ChartTooltip} cursor={{ fill: "var(--color-accent-soft)", fillOpacity: 0.5 }} isAnimationActive={false} />
        <ReferenceLine
          x={100}
          stroke={CHART_COLORS.target}
          strokeOpacity={0.4}
          label={{ value: `${targetLabel} = ${percentLabel(100, locale)}`, position: "top", fontSize: 13 * s, fill: "var(--color-ink)" }}
        />
        <RowMarks rows={rows} barSize={barSize} top={top} bullet={bullet} />
        <Bar dataKey="sure" stackId="result" shape={SureBar} isAnimationActive={false} />
        <Bar dataKey="extra" stackId="result" shape={ExtraRight} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
