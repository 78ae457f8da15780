// The plain ratio result ÷ target ("173%"), carrying the uncertainty of both figures honestly.
// Not an achievement assessment: that logic (pro-rata, growth against the previous term) comes later.
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale, Qualifier } from "@/lib/domain/types";

type Result = { qualifier: Qualifier; value: number; high: number | null };
type Target = { min: number; max: number | null; qualifier: Qualifier };

export type Ratio = { low: number; high: number; atLeast: boolean; approx: boolean };

const isApprox = (q: Qualifier) => q === "APPROX" || q === "NEARLY";

export function targetRatio(result: Result, target: Target): Ratio | null {
  const tLow = target.min;
  const tHigh = target.max ?? target.min;
  if (!(tLow > 0) || !(tHigh > 0)) return null;
  const rLow = result.value;
  const rHigh = result.qualifier === "RANGE" && result.high !== null ? result.high : result.value;
  // Widest honest band: the smallest result over the largest target, up to the largest over the smallest.
  return {
    low: rLow / tHigh,
    high: rHigh / tLow,
    atLeast: result.qualifier === "AT_LEAST",
    approx: isApprox(result.qualifier) || isApprox(target.qualifier),
  };
}

const percent = (x: number, locale: Locale) => `${formatNumber(x * 100, locale, { maxFractionDigits: 0 })}%`;

export function formatRatio(r: Ratio, locale: Locale): string {
  // A lower-bound result gives only a lower bound on the ratio.
  if (r.atLeast) return `${r.approx ? "≳" : "≥"} ${percent(r.low, locale)}`;
  const low = percent(r.low, locale);
  const high = percent(r.high, locale);
  const body = low === high ? low : `${low.replace("%", "")}–${high}`;
  return r.approx ? `≈ ${body}` : body;
}
