// A rolled-up figure written as people write it: "trên 1.625" for a lower bound, "1.025–1.045" for a range,
// "≈ 4,61" for an estimate. Shared by the summary cards, the comparison table and the chart's labels.
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale, Unit } from "@/lib/domain/types";
import type { PlainInterval } from "@/lib/queries/compare-shapes";

export function formatInterval(v: PlainInterval, unit: Unit, locale: Locale, opts?: { withUnit?: boolean }): string {
  const text = formatValue({ qualifier: v.qualifier, value: v.low, high: v.high }, unit, locale, opts);
  // formatValue marks approximation only on a point; a range built from estimates is approximate too.
  return v.approx && v.qualifier === "RANGE" ? `≈ ${text}` : text;
}
