// Where a running term is heading (decision 0028): for one target, the pace so far, the pace needed to meet it on
// time, a projection to the term's end, and a status on Open SDG's progress scale. Pure, like achievement.ts, whose
// reading of the figures (which years, which baseline, cumulative or summed) it reuses rather than repeats.
// Every figure is an interval, so a status is claimed only when the figures' best and worst cases agree; the one
// exception is "on track", which holds when even the worst case is on track (the best case may have achieved it).
import { assessTarget, type AssessInput } from "./achievement";
import { paceOfTarget, type Scenario } from "./pace-kinds";

export type PaceStatus = "ACHIEVED" | "ON_TRACK" | "ACCELERATION_NEEDED" | "LIMITED_PROGRESS" | "DETERIORATION" | "INCONCLUSIVE" | "NO_DATA";
/** A status one case of the figures proves. */
export type ProvenStatus = Exclude<PaceStatus, "INCONCLUSIVE" | "NO_DATA">;

/**
 * How the pace and the projection are worked out, by target kind:
 * TOTAL_LINEAR (TERM_TOTAL): the total so far ÷ the years gone by, extended at that pace to the term's end;
 * YEARLY_AVERAGE (ANNUAL): the average of the years with figures, held for the years to come;
 * LEVEL_LINEAR (END_LEVEL): the average yearly change since the baseline year, extended in a straight line;
 * COMPOUND_GROWTH (GROWTH): the compound yearly growth since the term began, held to the term's end.
 */
export type PaceMethod = "TOTAL_LINEAR" | "YEARLY_AVERAGE" | "LEVEL_LINEAR" | "COMPOUND_GROWTH";

/** Why there is no status (NO_DATA) or why the figures do not settle one (INCONCLUSIVE). */
export type PaceReason = "NO_FIGURES" | "NO_BASELINE" | "LOWER_BOUND" | "MISSING_YEARS" | "RANGE";

/** low..high; -Infinity / Infinity where the figures leave that end open. */
export interface Span {
  low: number;
  high: number;
}

export interface Pace {
  status: PaceStatus;
  /** The statuses of the figures' worst and best cases (equal unless the figures are a range or a lower bound). */
  worst: ProvenStatus | null;
  best: ProvenStatus | null;
  reason: PaceReason | null;
  method: PaceMethod;
  /** The year the pace is measured from (the congress's year, or END_LEVEL's first figure) and the last year with a figure. */
  fromYear: number;
  toYear: number | null;
  /** Per year: in the target's unit for TERM_TOTAL and ANNUAL, a change of level for END_LEVEL, a growth rate (0.06) for GROWTH. */
  soFar: Span | null;
  /** The pace that, held from fromYear, meets the target at the term's end (Open SDG's required rate). */
  needed: Span | null;
  /** The pace the years still to come need; 0 when the target may be met already. */
  neededFromNow: Span | null;
  /** soFar ÷ needed: Open SDG's R. */
  ratio: Span | null;
  /** At the term's end, in the target's unit (a multiple for GROWTH; ANNUAL: each remaining year). */
  projection: Span | null;
  approx: boolean;
}

export const ON_TRACK_RATIO = 0.95;
export const ACCELERATION_RATIO = 0.6;

const RANK: Record<ProvenStatus, number> = { DETERIORATION: 0, LIMITED_PROGRESS: 1, ACCELERATION_NEEDED: 2, ON_TRACK: 3, ACHIEVED: 4 };

/** Worse statuses first; INCONCLUSIVE and NO_DATA have no place on the scale. */
export const paceRank = (s: ProvenStatus) => RANK[s];

export function classify(s: Scenario): ProvenStatus {
  if (s.achieved) return "ACHIEVED";
  if (s.ratio >= ON_TRACK_RATIO) return "ON_TRACK";
  if (s.ratio >= ACCELERATION_RATIO) return "ACCELERATION_NEEDED";
  if (s.ratio >= 0) return "LIMITED_PROGRESS";
  return "DETERIORATION";
}

const METHOD = { TERM_TOTAL: "TOTAL_LINEAR", ANNUAL: "YEARLY_AVERAGE", END_LEVEL: "LEVEL_LINEAR", GROWTH: "COMPOUND_GROWTH" } as const;

/** null when the target is not running (its term, or its one year, is over by asOfYear). */
export function assessPace(input: AssessInput): Pace | null {
  if (!assessTarget(input).running) return null;
  const method = METHOD[input.target.kind];
  const found = paceOfTarget(input);
  const none = { worst: null, best: null, toYear: null, soFar: null, needed: null, neededFromNow: null, ratio: null, projection: null, approx: false };
  if ("missing" in found) return { ...none, status: "NO_DATA", reason: found.missing, method, fromYear: found.fromYear };
  const { worst: w, best: b, openReason, ...figures } = found;
  const worst = classify(w);
  const best = classify(b);
  let status: PaceStatus = "INCONCLUSIVE";
  if (worst === best) status = worst;
  // The worst case on track, the best perhaps achieved already: on track either way.
  else if (RANK[worst] >= RANK.ON_TRACK) status = "ON_TRACK";
  const reason = status === "INCONCLUSIVE" ? openReason : null;
  return { ...figures, status, worst, best, reason, method, approx: figures.approx || input.target.qualifier === "APPROX" || input.target.qualifier === "NEARLY" };
}
