// How a target reads: "≈ 120", "≥ 25%", "30–35", "từ 30–35 trở lên", "1,5–2 lần".
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale, Qualifier, Unit } from "@/lib/domain/types";

export type TargetFigure = { kind: string; min: number; max: number | null; qualifier: Qualifier };

/** A GROWTH target is a multiple of the previous term, whatever the indicator's own unit. */
export function targetUnit(kind: string, indicatorUnit: Unit): Unit {
  return kind === "GROWTH" ? "TIMES" : indicatorUnit;
}

export function formatTarget(t: TargetFigure, indicatorUnit: Unit, locale: Locale, orMore: string): string {
  const unit = targetUnit(t.kind, indicatorUnit);
  if (t.max !== null && t.max !== t.min) {
    const range = formatValue({ qualifier: "RANGE", value: t.min, high: t.max }, unit, locale);
    return t.qualifier === "AT_LEAST" ? `${range} ${orMore}` : t.qualifier === "APPROX" ? `≈ ${range}` : range;
  }
  // A target's lower bound reads as "≥" ("at least 25%"), not "trên" ("over"), which is how results are quoted.
  if (t.qualifier === "AT_LEAST") return `≥ ${formatValue({ qualifier: "EXACT", value: t.min }, unit, locale)}`;
  const qualifier = t.qualifier === "RANGE" ? "EXACT" : t.qualifier;
  return formatValue({ qualifier, value: t.min }, unit, locale);
}
