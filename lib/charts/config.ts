// Series → label and colour, after shadcn's chart config: a chart names its series once here and draws with
// `var(--chart-…)` (app/globals.css), so colours live in CSS and labels in the messages. Numbers go through
// lib/domain/numbers with the page's locale: never a hard-coded "en-US".
import type { Status } from "@/lib/domain/achievement";
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";

/** How a legend entry is drawn: the same marks the chart uses. */
export type Swatch = "bar" | "light" | "arrow" | "dashed" | "line" | "dashedLine" | "band";

export type ChartConfig = Record<string, { label: string; color: string; swatch?: Swatch }>;

export const CHART_COLORS = {
  met: "var(--chart-met)",
  notMet: "var(--chart-not-met)",
  inconclusive: "var(--chart-inconclusive)",
  noData: "var(--chart-no-data)",
  target: "var(--chart-target)",
  band: "var(--chart-band)",
  full: "var(--chart-full)",
  expected: "var(--chart-expected)",
  grid: "var(--chart-grid)",
} as const;

/** Met, exceeded and on track share a colour: each says "no cause for concern"; the words tell them apart. */
const STATUS_COLOR: Record<Status, string> = {
  EXCEEDED: CHART_COLORS.met,
  ACHIEVED: CHART_COLORS.met,
  ON_TRACK: CHART_COLORS.met,
  NOT_MET: CHART_COLORS.notMet,
  BEHIND: CHART_COLORS.notMet,
  INCONCLUSIVE: CHART_COLORS.inconclusive,
  NO_DATA: CHART_COLORS.noData,
};

export function statusColor(status: Status): string {
  return STATUS_COLOR[status];
}

/** The legend of the target charts; `keys` picks the entries a chart uses, in order. */
export function legendConfig(m: Messages["charts"]["legend"], keys: (keyof Messages["charts"]["legend"])[]): ChartConfig {
  const all: Record<keyof typeof m, ChartConfig[string]> = {
    met: { label: m.met, color: CHART_COLORS.met, swatch: "bar" },
    notMet: { label: m.notMet, color: CHART_COLORS.notMet, swatch: "bar" },
    inconclusive: { label: m.inconclusive, color: CHART_COLORS.inconclusive, swatch: "bar" },
    range: { label: m.range, color: CHART_COLORS.met, swatch: "light" },
    lowerBound: { label: m.lowerBound, color: CHART_COLORS.met, swatch: "arrow" },
    approx: { label: m.approx, color: CHART_COLORS.met, swatch: "dashed" },
    target: { label: m.target, color: CHART_COLORS.target, swatch: "line" },
    band: { label: m.band, color: CHART_COLORS.band, swatch: "band" },
    expected: { label: m.expected, color: CHART_COLORS.expected, swatch: "bar" },
    fullTerm: { label: m.fullTerm, color: CHART_COLORS.full, swatch: "bar" },
  };
  return Object.fromEntries(keys.map((k) => [k, all[k]]));
}

/** "173%": the sign sits tight against the number, as formatValue writes percentages. */
export function percentLabel(value: number, locale: Locale): string {
  return `${formatNumber(value, locale, { maxFractionDigits: 0 })}%`;
}

export function numberLabel(value: number, locale: Locale): string {
  return formatNumber(value, locale);
}

const STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest "round" number ≥ value (…, 150, 200, 250, 300, 400…): an axis end with little wasted room. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return STEPS.map((s) => s * magnitude).find((v) => v >= value - 1e-9) ?? 10 * magnitude;
}
