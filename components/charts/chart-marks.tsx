"use client";
// Marks Recharts has no series for, drawn with the chart's own scales (Recharts 3 renders any child and its
// hooks give the scales): each row's own target marker and band, a running term's expectation, the figure at
// the end of each bar, and the words in a year's gap. ZIndexLayer puts each above or below the bars.
import { Text, ZIndexLayer, useXAxisScale, useYAxisScale } from "recharts";
import { CHART_COLORS } from "@/lib/charts/config";
import { useChartScale } from "./chart-scale";

const Z_BEHIND_BARS = 100; // above the grid (−100), below the bars (300)
const Z_ABOVE_BARS = 450;
const Z_LABELS = 2000;

export interface RowMark {
  key: string;
  /** Where the drawn bar ends (its extension included), in % of target. */
  end: number;
  label: string;
  hasResult: boolean;
  targetApprox: boolean;
  bandTop: number | null;
  expected: number | null;
}

const CHAR_WIDTH = 8.5; // about one character of the 14px label, enough to tell whether it fits

/** After the bar; but a label that would run into the target marker goes past the marker (and its band). */
function labelX(r: RowMark, x: (v: number) => number, s: number): number {
  if (!r.hasResult) return x(0) + 8;
  const after = x(r.end) + 14;
  const marker = x(100);
  if (r.end >= 100 || after + r.label.length * CHAR_WIDTH * s < marker - 6) return after;
  return x(Math.max(100, r.bandTop ?? 100, r.end)) + 14;
}

/** For the horizontal %-of-target bars: one row per target. */
export function RowMarks({ rows, barSize, top, bullet }: { rows: RowMark[]; barSize: number; top: number; bullet: boolean }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const s = useChartScale();
  if (!xScale || !yScale) return null;
  const x = (v: number) => xScale(Math.min(v, top)) ?? 0;
  const mid = (key: string) => yScale(key, { position: "middle" }) ?? 0;
  const half = barSize / 2;
  return (
    <>
      <ZIndexLayer zIndex={Z_BEHIND_BARS}>
        {rows.map((r) => (
          <g key={r.key}>
            {bullet && <rect x={x(0)} y={mid(r.key) - half - 8} width={x(100) - x(0)} height={barSize + 16} fill={CHART_COLORS.full} />}
            {bullet && r.expected !== null && (
              <rect x={x(0)} y={mid(r.key) - half - 8} width={Math.max(0, x(r.expected) - x(0))} height={barSize + 16} fill={CHART_COLORS.expected} />
            )}
            {r.bandTop !== null && (
              <rect x={x(100)} y={mid(r.key) - half - 6} width={Math.max(0, x(r.bandTop) - x(100))} height={barSize + 12} fill={CHART_COLORS.band} fillOpacity={0.3} />
            )}
          </g>
        ))}
      </ZIndexLayer>
      <ZIndexLayer zIndex={Z_ABOVE_BARS}>
        {rows.map((r) => {
          const line = { x1: x(100), x2: x(100), y1: mid(r.key) - half - 10, y2: mid(r.key) + half + 10 };
          // A white halo keeps the marker visible where it crosses a bar of any colour.
          return (
            <g key={r.key}>
              <line {...line} stroke="#fff" strokeWidth={6} />
              <line {...line} stroke={CHART_COLORS.target} strokeWidth={3} strokeDasharray={r.targetApprox ? "6 3" : undefined} />
            </g>
          );
        })}
      </ZIndexLayer>
      <ZIndexLayer zIndex={Z_LABELS}>
        {rows.map((r) => (
          <text
            key={r.key}
            x={labelX(r, x, s)}
            y={mid(r.key)}
            dominantBaseline="central"
            fontSize={14 * s}
            fontWeight={r.hasResult ? 600 : 400}
            fontStyle={r.hasResult ? undefined : "italic"}
            fill={r.hasResult ? "var(--color-ink)" : "var(--color-muted)"}
          >
            {r.label}
          </text>
        ))}
      </ZIndexLayer>
    </>
  );
}

export interface ColumnMark {
  key: string;
  /** Where the drawn bar ends, in the indicator's unit; null for a gap. */
  end: number | null;
  label: string | null;
  gapLabel: string | null;
}

/** For the yearly columns: the figure above each bar, the reason under each gap. */
export function ColumnMarks({ columns }: { columns: ColumnMark[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const s = useChartScale();
  if (!xScale || !yScale) return null;
  const [start, end] = [xScale(columns[0]?.key, { position: "start" }), xScale(columns[0]?.key, { position: "end" })];
  const band = start !== undefined && end !== undefined ? end - start : 120;
  const base = yScale(0) ?? 0;
  return (
    <ZIndexLayer zIndex={Z_LABELS}>
      {columns.map((c) => {
        const cx = xScale(c.key, { position: "middle" }) ?? 0;
        if (c.end === null)
          return (
            <Text key={c.key} x={cx} y={base - 8} width={band - 8} textAnchor="middle" verticalAnchor="end" fontSize={13 * s} fontStyle="italic" fill="var(--color-muted)">
              {c.gapLabel ?? ""}
            </Text>
          );
        const top = yScale(c.end) ?? base;
        // Inside the top of a tall bar (clear of the target line just above it), above a short one.
        const inside = base - top > 32 * s;
        return (
          <text key={c.key} x={cx} y={inside ? top + 18 * s : top - 8} textAnchor="middle" fontSize={14 * s} fontWeight={600} fill={inside ? "#fff" : "var(--color-ink)"}>
            {c.label}
          </text>
        );
      })}
    </ZIndexLayer>
  );
}
