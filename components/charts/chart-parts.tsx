"use client";
// Pieces the target charts share: the bar shapes that carry a figure's qualifier, the tooltip, the legend and
// the wrapping category label. Every bar starts at zero; what the sources leave open is drawn beyond it:
// a range's upper part light, a lower bound as a light arrow ("≥"), an approximate figure with a dashed outline.
import type { ReactNode } from "react";
import type { TooltipContentProps } from "recharts";
import { Text } from "recharts";
import type { Status } from "@/lib/domain/achievement";
import { CHART_COLORS, statusColor, type ChartConfig, type Swatch } from "@/lib/charts/config";
import type { ChartTip } from "@/lib/charts/percent-data";
import { useChartScale } from "./chart-scale";

/** What a bar shape reads from its data point. */
export interface BarView {
  status: Status | null;
  approx: boolean;
  /** A lower bound: the extension is an arrow, not a range. */
  open: boolean;
  tip: ChartTip;
}

type ShapeProps = { x?: number; y?: number; width?: number; height?: number; payload?: unknown };

const view = (p: ShapeProps) => p.payload as BarView;
const box = (p: ShapeProps) => ({ x: p.x ?? 0, y: p.y ?? 0, width: p.width ?? 0, height: p.height ?? 0 });

/** The part of the figure the sources vouch for. */
export function SureBar(props: ShapeProps) {
  const { x, y, width, height } = box(props);
  if (!(width > 0 && height > 0)) return null;
  const v = view(props);
  const color = statusColor(v.status ?? "NO_DATA");
  return v.approx ? (
    <rect x={x} y={y} width={width} height={height} fill={color} fillOpacity={0.75} stroke={CHART_COLORS.target} strokeWidth={1.5} strokeDasharray="5 3" />
  ) : (
    <rect x={x} y={y} width={width} height={height} fill={color} />
  );
}

/** The open part: a range's top (light, outlined) or a lower bound's arrow pointing where the value may go. */
export function extraBar(direction: "right" | "up") {
  return function ExtraBar(props: ShapeProps) {
    const { x, y, width, height } = box(props);
    if (!(width > 0 && height > 0)) return null;
    const v = view(props);
    const color = statusColor(v.status ?? "NO_DATA");
    const light = <rect x={x} y={y} width={width} height={height} fill={color} fillOpacity={0.28} stroke={color} strokeWidth={v.open ? 0 : 1.5} />;
    if (!v.open) return light;
    const head =
      direction === "right"
        ? `${x + width},${y - 4} ${x + width + 10},${y + height / 2} ${x + width},${y + height + 4}`
        : `${x - 4},${y} ${x + width / 2},${y - 10} ${x + width + 4},${y}`;
    return (
      <g>
        {light}
        <polygon points={head} fill={color} fillOpacity={0.6} />
      </g>
    );
  };
}

export function ChartTooltip({ active, payload }: TooltipContentProps) {
  const tip = (payload?.[0]?.payload as { tip?: ChartTip } | undefined)?.tip;
  if (!active || !tip) return null;
  return (
    <div className="max-w-xs rounded-md border border-line bg-surface p-3 text-sm leading-snug text-ink shadow-lg">
      <p className="font-semibold">{tip.title}</p>
      {tip.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {tip.sources.map((s) => (
        <p key={s} className="mt-1 text-muted">
          {s}
        </p>
      ))}
    </div>
  );
}

function SwatchIcon({ swatch = "bar", color }: { swatch?: Swatch; color: string }) {
  const shapes: Record<Swatch, ReactNode> = {
    bar: <rect x="2" y="3" width="24" height="10" fill={color} />,
    light: <rect x="2" y="3" width="24" height="10" fill={color} fillOpacity={0.28} stroke={color} strokeWidth="1.5" />,
    arrow: (
      <>
        <rect x="2" y="3" width="16" height="10" fill={color} fillOpacity={0.28} />
        <polygon points="18,0 27,8 18,16" fill={color} fillOpacity={0.6} />
      </>
    ),
    dashed: <rect x="2" y="3" width="24" height="10" fill={color} fillOpacity={0.75} stroke={CHART_COLORS.target} strokeWidth="1.5" strokeDasharray="5 3" />,
    line: <line x1="14" y1="0" x2="14" y2="16" stroke={color} strokeWidth="3" />,
    dashedLine: <line x1="14" y1="0" x2="14" y2="16" stroke={color} strokeWidth="3" strokeDasharray="4 2" />,
    band: <rect x="2" y="1" width="24" height="14" fill={color} fillOpacity={0.3} />,
  };
  return (
    <svg width="28" height="16" aria-hidden="true" className="shrink-0">
      {shapes[swatch]}
    </svg>
  );
}

/** The legend, in HTML below the chart so it wraps on a phone and reads at the page's font size. */
export function ChartLegend({ config }: { config: ChartConfig }) {
  const s = useChartScale();
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted" style={s === 1 ? undefined : { fontSize: 13 * s }}>
      {Object.entries(config).map(([key, c]) => (
        <li key={key} className="flex items-center gap-1.5">
          <SwatchIcon swatch={c.swatch} color={c.color} />
          {c.label}
        </li>
      ))}
    </ul>
  );
}

/** A category name that wraps onto several lines instead of running into the plot. */
type TickProps = { x: number | string; y: number | string; payload: { value: unknown }; names: Map<string, string>; width: number; small?: boolean };

export function CategoryTick({ x, y, payload, names, width, small = false }: TickProps) {
  const s = useChartScale();
  const name = names.get(String(payload.value)) ?? String(payload.value);
  return (
    <Text x={Number(x) - 8} y={Number(y)} width={width - 16} textAnchor="end" verticalAnchor="middle" fill="var(--color-ink)" fontSize={(small ? 12 : 14) * s} maxLines={small ? 4 : 3}>
      {name}
    </Text>
  );
}
