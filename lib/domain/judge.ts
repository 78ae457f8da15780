// Judges a result against a target band [min, max]. Achievement = result ÷ min (DESIGN.md); a target's max is
// the top of the band ("30–35 HTX trở lên"), so a result above it has exceeded the target, not missed it.
import type { Interval } from "./interval";

export type Verdict = "EXCEEDED" | "ACHIEVED" | "NOT_MET" | "INCONCLUSIVE";

export interface Judgement {
  verdict: Verdict;
  /** Low end of result ÷ min: the achievement the sources support for certain (e.g. 1.733). */
  ratio: number;
  /** High end of result ÷ min; null when the result is a lower bound (no upper end). */
  ratioHigh: number | null;
  /** When EXCEEDED: how far beyond the band's top, as a fraction (0.733 = 73% above); a floor for lower bounds. */
  exceededBy: number | null;
  approx: boolean;
}

export interface TargetBand {
  min: number;
  max: number | null;
  approx: boolean;
}

export function judge(result: Interval, target: TargetBand): Judgement {
  const top = target.max ?? target.min;
  const approx = result.approx || target.approx;
  const ratio = target.min > 0 ? result.low / target.min : result.low >= 0 ? 1 : 0;
  const ratioHigh = result.high === Infinity ? null : target.min > 0 ? result.high / target.min : ratio;
  let verdict: Verdict;
  if (result.low >= target.min) verdict = result.low > top ? "EXCEEDED" : "ACHIEVED";
  else if (result.high < target.min) verdict = "NOT_MET";
  else verdict = "INCONCLUSIVE"; // a range or lower bound that straddles the target: both ends disagree
  const exceededBy = verdict === "EXCEEDED" && top > 0 ? result.low / top - 1 : null;
  return { verdict, ratio, ratioHigh, exceededBy, approx };
}
