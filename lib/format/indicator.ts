import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { FigureValue, IndicatorRef } from "@/lib/queries/shapes";

export function indicatorName(i: IndicatorRef, locale: Locale): string {
  return locale === "vi" ? i.nameVi : i.nameEn;
}

// Indicator.groupKey values, in the order the form and the pages show them (schema comment on groupKey).
const GROUP_ORDER = ["units", "people", "finance", "quality", "support", "other"];

export function groupLabel(key: string, m: Messages): string {
  return (m.years.groups as Record<string, string | undefined>)[key] ?? key;
}

/** Values grouped by indicator group, each group in catalogue order, the whole before its breakdowns. */
export function groupValues(values: FigureValue[]): { key: string; values: FigureValue[] }[] {
  const groups = new Map<string, FigureValue[]>();
  for (const v of values) groups.set(v.indicator.groupKey, [...(groups.get(v.indicator.groupKey) ?? []), v]);
  const rank = (k: string) => (GROUP_ORDER.includes(k) ? GROUP_ORDER.indexOf(k) : GROUP_ORDER.length);
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, vs]) => ({ key, values: vs.sort(compareValues) }));
}

function compareValues(a: FigureValue, b: FigureValue): number {
  return (
    a.indicator.sortOrder - b.indicator.sortOrder ||
    a.indicator.code.localeCompare(b.indicator.code) ||
    Number(a.dimension !== "") - Number(b.dimension !== "") ||
    a.dimension.localeCompare(b.dimension, "vi") ||
    b.fromYear - a.fromYear
  );
}

/** "cộng dồn 2013–2018" for a flow summed over years; "giai đoạn 2013–2018" for a level or ratio over a period. */
export function periodNote(v: FigureValue, m: Messages): string | null {
  if (v.fromYear >= v.year) return null;
  return fill(v.indicator.kind === "FLOW" ? m.years.cumulative : m.years.period, { from: v.fromYear, to: v.year });
}
