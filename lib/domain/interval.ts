// A figure as an interval, so that qualifiers survive arithmetic: "trên 200.000" is [200000, ∞),
// "2–4,5" is [2, 4.5], "≈ 120" is [120, 120] flagged approximate. Sums, ratios and comparisons on
// intervals then say only what the sources allow ("over 200,000" meets 150,000 but may or may not meet 250,000).
import type { Qualifier } from "./types";

export interface QualifiedValue {
  qualifier: Qualifier;
  value: number;
  high?: number | null;
}

export interface Interval {
  low: number;
  /** Infinity for a lower bound. */
  high: number;
  /** Any part of it is approximate ("khoảng", "gần", an estimate, a back-computed target). */
  approx: boolean;
}

export function toInterval(v: QualifiedValue, opts: { estimate?: boolean } = {}): Interval {
  const approx = v.qualifier === "APPROX" || v.qualifier === "NEARLY" || !!opts.estimate;
  switch (v.qualifier) {
    case "AT_LEAST":
      return { low: v.value, high: Infinity, approx };
    case "RANGE":
      return { low: v.value, high: v.high ?? v.value, approx };
    default:
      return { low: v.value, high: v.value, approx };
  }
}

/** Back to the way people write it: a lower bound, a range, an approximate or an exact figure. */
export function toQualified(i: Interval): QualifiedValue {
  if (i.high === Infinity) return { qualifier: "AT_LEAST", value: i.low, high: null };
  if (i.high !== i.low) return { qualifier: "RANGE", value: i.low, high: i.high };
  return { qualifier: i.approx ? "APPROX" : "EXACT", value: i.low, high: null };
}

export function sum(items: Interval[]): Interval | null {
  if (items.length === 0) return null;
  return items.reduce((a, b) => ({ low: a.low + b.low, high: a.high + b.high, approx: a.approx || b.approx }));
}

/** a ÷ b for positive intervals: the smallest quotient is low ÷ high, the largest high ÷ low. */
export function divide(a: Interval, b: Interval): Interval | null {
  if (b.low <= 0) return null;
  return { low: a.low / b.high, high: a.high / b.low, approx: a.approx || b.approx };
}

export function scale(a: Interval, k: number): Interval {
  return { low: a.low * k, high: a.high * k, approx: a.approx };
}

export function point(value: number, approx = false): Interval {
  return { low: value, high: value, approx };
}
