"use client";
// The register by sector: one horizontal bar per sector, from zero, stacked by type of unit (HTX, LH HTX, THT,
// QTDND). Use it inside ChartFrame (or SectorFigure in sector-figure.tsx, which builds the props from
// lib/queries/register.ts's RegisterBySector). Labels arrive translated; numbers are formatted for `locale`.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import type { UnitType } from "@/lib/generated/prisma/enums";
import { CHART_COLORS, niceCeiling, type ChartConfig } from "@/lib/charts/config";

export interface SectorChartRow {
  /** The sector's code (AGRICULTURE…). */
  key: string;
  /** The sector's name in the page's language. */
  label: string;
  counts: Record<UnitType, number>;
  total: number;
}

export interface SectorChartProps {
  rows: SectorChartRow[];
  /** The type names in the page's language. */
  typeLabels: Record<UnitType, string>;
  locale: Locale;
}

const TYPES: UnitType[] = ["HTX", "LH_HTX", "THT", "QTDND"];
// Okabe–Ito hues, as the other charts; the CSS variables let a theme replace them.
const COLORS: Record<UnitType, string> = {
  HTX: "var(--chart-type-htx, #0072b2)",
  LH_HTX: "var(--chart-type-lh-htx, #e69f00)",
  THT: "var(--chart-type-tht, #009e73)",
  QTDND: "var(--chart-type-qtdnd, #cc79a7)",
};
const ROW = 34;

export function SectorChart({ rows, typeLabels, locale }: SectorChartProps) {
  const config: ChartConfig = Object.fromEntries(TYPES.map((t) => [t, { label: typeLabels[t], color: COLORS[t], swatch: "bar" as const }]));
  // Only the types present: a legend entry for a type with no unit explains nothing.
  const present = TYPES.filter((t) => rows.some((r) => r.counts[t] > 0));
  const data = rows.map((r) => ({ name: r.label, ...r.counts }));
  const top = niceCeiling(Math.max(...rows.map((r) => r.total), 0));
  const height = rows.length * ROW + 50;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <div>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 800, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }} barCategoryGap={6}>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" domain={[0, top]} allowDecimals={false} tickFormatter={n} />
          <YAxis type="category" dataKey="name" width={230} interval={0} tick={{ fontSize: 14 }} />
          <Tooltip formatter={(v, name) => [n(Number(v)), config[String(name)]?.label ?? String(name)]} cursor={{ fill: "var(--color-accent-soft)" }} />
          {present.map((t) => (
            <Bar key={t} dataKey={t} name={t} stackId="s" fill={COLORS[t]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-muted" aria-hidden="true">
        {present.map((t) => (
          <li key={t}>
            <svg width="14" height="12" className="mr-1 inline-block align-middle"><rect width="14" height="12" fill={COLORS[t]} /></svg>
            {typeLabels[t]}
          </li>
        ))}
      </ul>
    </div>
  );
}
