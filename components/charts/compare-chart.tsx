"use client";
// One indicator across provinces: a horizontal bar per unit, from zero, largest first. A range draws its low end
// solid and the rest light; a lower bound ends in an arrow (the truth may lie further right); an approximate
// figure has a dashed outline. Units with no figure or no comparable figure are never drawn (not as zero):
// the page lists them beside the chart. Labels arrive formatted for the page's locale.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from "recharts";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { CHART_COLORS, niceCeiling } from "@/lib/charts/config";

export interface CompareBar {
  key: string;
  name: string;
  /** The low end (a point's value). */
  low: number;
  /** high − low for a range; 0 for a point or a lower bound. */
  extra: number;
  lowerBound: boolean;
  approx: boolean;
  /** The figure as written ("trên 600", "1.025–1.045"). */
  label: string;
  /** Source titles and a note on missing members, shown on hover. */
  detail: string[];
}

export interface CompareChartProps {
  /** Top to bottom, as they should be drawn. */
  bars: CompareBar[];
  locale: Locale;
  legend: { value: string; range: string; lowerBound: string; approx: string };
}

const COLOR = "var(--color-accent)";
const ROW = 30;
const ARROW = 9;

function ValueShape(props: BarShapeProps) {
  const { x, y, width, height } = props;
  const bar = props.payload as CompareBar;
  const mid = y + height / 2;
  return (
    <g>
      <rect x={x} y={y} width={Math.max(width, 1)} height={height} fill={COLOR} stroke={bar.approx ? CHART_COLORS.target : "none"} strokeDasharray={bar.approx ? "4 3" : undefined} />
      {bar.lowerBound && <path d={`M${x + width + 1},${y} L${x + width + 1 + ARROW},${mid} L${x + width + 1},${y + height} Z`} fill={COLOR} />}
    </g>
  );
}

function RangeShape(props: BarShapeProps) {
  const { x, y, width, height } = props;
  return width > 0 ? <rect x={x} y={y} width={width} height={height} fill={COLOR} fillOpacity={0.3} stroke={COLOR} /> : <g />;
}

function Detail({ active, payload }: TooltipContentProps<ValueType, NameType>) {
  const bar = payload?.[0]?.payload as CompareBar | undefined;
  if (!active || !bar) return null;
  return (
    <div className="max-w-xs rounded-md border border-line bg-surface p-2 text-sm shadow">
      <p className="font-semibold">{bar.name}: {bar.label}</p>
      {bar.detail.map((d) => <p key={d} className="text-muted">{d}</p>)}
    </div>
  );
}

export function CompareChart({ bars, locale, legend }: CompareChartProps) {
  // Drawn in the order given (CompareFigure sorts by the certain low end, as its table and summary do).
  const sorted = bars;
  const top = niceCeiling(Math.max(...sorted.map((b) => b.low + b.extra), 0));
  const height = sorted.length * ROW + 50;
  const show = { range: bars.some((b) => b.extra > 0), lowerBound: bars.some((b) => b.lowerBound), approx: bars.some((b) => b.approx) };
  return (
    <div>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart data={sorted} layout="vertical" margin={{ top: 4, right: 120, bottom: 4, left: 4 }} barCategoryGap={6}>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" domain={[0, top]} allowDataOverflow={false} tickFormatter={(v: number) => formatNumber(v, locale)} />
          <YAxis type="category" dataKey="name" width={150} interval={0} tick={{ fontSize: 14 }} />
          <Tooltip content={Detail} cursor={{ fill: "var(--color-accent-soft)" }} />
          <Bar dataKey="low" stackId="v" shape={ValueShape} isAnimationActive={false} />
          <Bar dataKey="extra" stackId="v" shape={RangeShape} isAnimationActive={false}>
            <LabelList
              dataKey="label"
              content={(p) => {
                const bar = typeof p.index === "number" ? sorted[p.index] : undefined;
                const x = Number(p.x ?? 0) + Number(p.width ?? 0) + (bar?.lowerBound ? ARROW + 6 : 6);
                return <text x={x} y={Number(p.y ?? 0) + Number(p.height ?? 0) / 2} dominantBaseline="central" fontSize={13} fill="currentColor">{bar?.label}</text>;
              }}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted" aria-hidden="true">
        <li><Swatch kind="bar" /> {legend.value}</li>
        {show.range && <li><Swatch kind="light" /> {legend.range}</li>}
        {show.lowerBound && <li><Swatch kind="arrow" /> {legend.lowerBound}</li>}
        {show.approx && <li><Swatch kind="dashed" /> {legend.approx}</li>}
      </ul>
    </div>
  );
}

function Swatch({ kind }: { kind: "bar" | "light" | "arrow" | "dashed" }) {
  return (
    <svg width="22" height="12" className="inline-block align-middle">
      {kind === "arrow" ? (
        <><rect x="0" y="1" width="12" height="10" fill={COLOR} /><path d="M13,1 L21,6 L13,11 Z" fill={COLOR} /></>
      ) : (
        <rect x="1" y="1" width="20" height="10" fill={COLOR} fillOpacity={kind === "light" ? 0.3 : 1} stroke={kind === "dashed" ? CHART_COLORS.target : kind === "light" ? COLOR : "none"} strokeDasharray={kind === "dashed" ? "4 3" : undefined} />
      )}
    </svg>
  );
}
