"use client";
// The trend chart's marks Recharts has no series for, drawn with the chart's own scales (as chart-marks.tsx
// does): each year's target band behind its bar with a tick at its minimum, each term's target as a dashed
// segment across the term's years, and the term's running total as a line whose ranges are whiskers and whose
// lower bounds end in an open arrow ("at least").
import { ZIndexLayer, useXAxisScale, useYAxisScale } from "recharts";
import { TREND_COLORS } from "@/lib/charts/trend-colors";
import type { TrendBandMark, TrendLineData } from "@/lib/charts/trend-text";
import { useChartScale } from "./chart-scale";

const Z_BEHIND_BARS = 100;
const Z_ABOVE_BARS = 450;

export function TrendMarks({ bands, lines, top }: { bands: TrendBandMark[]; lines: TrendLineData[]; top: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const s = useChartScale();
  if (!xScale || !yScale) return null;
  const y = (v: number) => yScale(Math.min(v, top)) ?? 0;
  const at = (key: string, position: "start" | "middle" | "end") => xScale(key, { position }) ?? 0;
  const tick = (b: TrendBandMark) => ({ x1: at(b.year, "start"), x2: at(b.year, "end"), y1: y(b.min), y2: y(b.min) });
  return (
    <>
      <ZIndexLayer zIndex={Z_BEHIND_BARS}>
        {bands.map((b) =>
          b.max !== null && b.max > b.min ? (
            <rect key={b.year} x={at(b.year, "start")} width={Math.max(0, at(b.year, "end") - at(b.year, "start"))} y={y(b.max)} height={Math.max(0, y(b.min) - y(b.max))} fill={TREND_COLORS.band} fillOpacity={0.3} />
          ) : null,
        )}
        {lines.map((l) =>
          l.target.max !== null && l.target.max > l.target.min ? (
            <rect key={l.key} x={at(l.from, "start")} width={Math.max(0, at(l.to, "end") - at(l.from, "start"))} y={y(l.target.max)} height={Math.max(0, y(l.target.min) - y(l.target.max))} fill={TREND_COLORS.cumulative} fillOpacity={0.12} />
          ) : null,
        )}
      </ZIndexLayer>
      <ZIndexLayer zIndex={Z_ABOVE_BARS}>
        {bands.map((b) => (
          // A white halo keeps the tick visible where it crosses a bar.
          <g key={b.year}>
            <line {...tick(b)} stroke="#fff" strokeWidth={6} />
            <line {...tick(b)} stroke={TREND_COLORS.target} strokeWidth={3} strokeDasharray={b.approx ? "6 3" : undefined} />
          </g>
        ))}
        {lines.map((l) => {
          const segment = { x1: at(l.from, "start"), x2: at(l.to, "end"), y1: y(l.target.min), y2: y(l.target.min) };
          const pts = l.points.map((p) => ({ ...p, x: at(p.year, "middle"), y: y(p.low) }));
          return (
            <g key={l.key}>
              <line {...segment} stroke="#fff" strokeWidth={6} />
              <line {...segment} stroke={TREND_COLORS.cumulative} strokeWidth={3} strokeDasharray="8 5" />
              {pts.length > 1 && <polyline points={pts.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" stroke={TREND_COLORS.cumulative} strokeWidth={3} />}
              {pts.map((p) => (
                <g key={p.year}>
                  {p.high !== null && p.high > p.low && (
                    <path d={`M${p.x - 6},${y(p.high)} h12 M${p.x},${y(p.high)} V${p.y}`} stroke={TREND_COLORS.cumulative} strokeWidth={2} />
                  )}
                  {p.high === null && <path d={`M${p.x},${p.y} V${p.y - 18 * s} M${p.x - 6},${p.y - 12 * s} L${p.x},${p.y - 20 * s} L${p.x + 6},${p.y - 12 * s}`} stroke={TREND_COLORS.cumulative} strokeWidth={2} fill="none" />}
                  <circle cx={p.x} cy={p.y} r={6 * s} fill="#fff" stroke={TREND_COLORS.cumulative} strokeWidth={3} strokeDasharray={p.approx ? "3 2" : undefined} />
                  {p === pts[pts.length - 1] && (
                    <text x={p.x + 10 * s} y={p.y - 8 * s} fontSize={14 * s} fontWeight={600} fill="var(--color-ink)" paintOrder="stroke" stroke="#fff" strokeWidth={4}>
                      {p.label}
                    </text>
                  )}
                </g>
              ))}
            </g>
          );
        })}
      </ZIndexLayer>
    </>
  );
}
