// The pace arithmetic of each target kind, for lib/domain/pace.ts. Each kind returns its figures as spans and two
// scenarios, the figures' worst case and best case: for every kind the status only rises with the result and only
// falls with the baseline, so these two corners bound every status the figures allow.
import { assessTarget, type AssessInput, type Observation } from "./achievement";
import { sum, toInterval, type Interval } from "./interval";
import type { PaceReason, Span } from "./pace";
import type { TargetKind } from "./types";

/** One case of the figures: has it met the target already, and its pace so far ÷ the pace needed. */
export interface Scenario {
  achieved: boolean;
  /** ±Infinity when the pace needed is not positive (the baseline already met the target). */
  ratio: number;
}

export type Found =
  | { missing: PaceReason; fromYear: number }
  | {
      worst: Scenario;
      best: Scenario;
      /** The reason to give if the two cases disagree. */
      openReason: PaceReason;
      fromYear: number;
      toYear: number;
      soFar: Span;
      needed: Span;
      neededFromNow: Span;
      ratio: Span;
      projection: Span;
      approx: boolean;
    };

const interval = (o: Observation) => toInterval(o, { estimate: o.estimate });
const isYearly = (o: Observation) => o.fromYear === o.year;
/** What is still needed from now on can be nothing, never less. */
const atLeastZero = (low: number, high: number): Span => ({ low: Math.max(0, low), high: Math.max(0, high) });
const openReason = (...intervals: Interval[]): PaceReason => (intervals.some((i) => i.high === Infinity) ? "LOWER_BOUND" : "RANGE");

/** TERM_TOTAL: the total so far is a straight line from zero at the congress; extended at the same slope. */
function termTotal(input: AssessInput): Found {
  const { target, term, asOfYear } = input;
  const start = term.startYear;
  const n = term.endYear - start;
  // The last year a figure covers, yearly or cumulative from the congress (the years achievement.ts reads).
  const years = input.observations
    .filter((o) => o.year > start && o.year <= asOfYear && (isYearly(o) || o.fromYear === start || o.fromYear === start + 1))
    .map((o) => o.year);
  if (!years.length) return { missing: "NO_FIGURES", fromYear: start };
  const a = assessTarget({ ...input, asOfYear: Math.max(...years) });
  if (!a.result) return { missing: "NO_FIGURES", fromYear: start };
  const total = a.result;
  const toYear = Math.max(...a.resultYears);
  const k = toYear - start;
  const ratio = (v: number) => (target.min > 0 ? (v * n) / (k * target.min) : Infinity);
  const at = (v: number): Scenario => ({ achieved: v >= target.min, ratio: ratio(v) });
  const left = term.endYear - toYear;
  return {
    worst: at(total.low),
    best: at(total.high),
    openReason: total.high === Infinity && a.missingYears.length ? "MISSING_YEARS" : openReason(total),
    fromYear: start,
    toYear,
    soFar: { low: total.low / k, high: total.high / k },
    needed: { low: target.min / n, high: target.min / n },
    neededFromNow: atLeastZero((target.min - total.high) / left, (target.min - total.low) / left),
    ratio: { low: ratio(total.low), high: ratio(total.high) },
    projection: { low: (total.low * n) / k, high: (total.high * n) / k },
    approx: total.approx,
  };
}

/** ANNUAL: the yearly figure the term is keeping up, the average of the years with figures, held for the rest. */
function annual(input: AssessInput): Found {
  const { target, term } = input;
  // Every year of the term so far shows the pace, also for a target set for one later year.
  const a = assessTarget({ ...input, target: { ...target, year: null } });
  const judged = (a.years ?? []).filter((y) => y.result);
  if (!judged.length) return { missing: "NO_FIGURES", fromYear: term.startYear + 1 };
  const total = sum(judged.map((y) => y.result!))!;
  const avg = { low: total.low / judged.length, high: total.high / judged.length };
  const ratio = (v: number) => (target.min > 0 ? v / target.min : Infinity);
  return {
    worst: { achieved: false, ratio: ratio(avg.low) },
    best: { achieved: false, ratio: ratio(avg.high) },
    openReason: openReason(total),
    fromYear: judged[0].year,
    toYear: judged[judged.length - 1].year,
    soFar: avg,
    needed: { low: target.min, high: target.min },
    neededFromNow: { low: target.min, high: target.min },
    ratio: { low: ratio(avg.low), high: ratio(avg.high) },
    projection: avg,
    approx: total.approx,
  };
}

/** END_LEVEL: the average yearly change from the baseline to the latest level, extended in a straight line. */
function endLevel(input: AssessInput): Found {
  const { target, term } = input;
  const a = assessTarget(input);
  if (!a.result) return { missing: "NO_FIGURES", fromYear: term.startYear };
  const latest = a.result;
  const t = a.resultYears[0];
  // The level when the congress met; without it, the first level of the term the sources give.
  const base = input.observations.filter((o) => isYearly(o) && o.year >= term.startYear && o.year < t).sort((x, y) => x.year - y.year)[0];
  if (!base) return { missing: "NO_BASELINE", fromYear: term.startYear };
  const b = base.year;
  const baseline = interval(base);
  const rate = (level: number, from: number) => (level - from) / (t - b);
  const need = (from: number) => (target.min - from) / (term.endYear - b);
  const at = (level: number, from: number): Scenario => {
    const achieved = level >= target.min;
    const needed = need(from);
    return { achieved, ratio: needed > 0 ? rate(level, from) / needed : achieved ? Infinity : -Infinity };
  };
  // Worst: the lowest level now against the highest at the start; best: the other way round.
  const worst = at(latest.low, baseline.high);
  const best = at(latest.high, baseline.low);
  const soFar = { low: rate(latest.low, baseline.high), high: rate(latest.high, baseline.low) };
  const left = term.endYear - t;
  return {
    worst,
    best,
    openReason: openReason(latest, baseline),
    fromYear: b,
    toYear: t,
    soFar,
    needed: { low: need(baseline.high), high: need(baseline.low) },
    neededFromNow: atLeastZero((target.min - latest.high) / left, (target.min - latest.low) / left),
    ratio: { low: worst.ratio, high: best.ratio },
    // A level cannot fall below zero, however steep the line.
    projection: { low: Math.max(0, latest.low + soFar.low * left), high: latest.high + soFar.high * left },
    approx: latest.approx || baseline.approx,
  };
}

/** GROWTH: the compound yearly growth since the congress (Open SDG's CAGR), held to the term's end. */
function growth(input: AssessInput): Found {
  const { target, term, asOfYear } = input;
  const start = term.startYear;
  const n = term.endYear - start;
  const a = assessTarget(input);
  const later = input.observations.some((o) => isYearly(o) && o.year > start && o.year <= asOfYear);
  if (!later) return { missing: "NO_FIGURES", fromYear: start };
  if (!a.baseline || !a.result) return { missing: "NO_BASELINE", fromYear: start };
  const multiple = a.result;
  const t = a.resultYears[1];
  const k = t - start;
  const left = term.endYear - t;
  const rate = (m: number) => Math.pow(m, 1 / k) - 1;
  const needed = Math.pow(target.min, 1 / n) - 1;
  const at = (m: number): Scenario => {
    const achieved = m >= target.min;
    return { achieved, ratio: needed > 0 ? rate(m) / needed : achieved ? Infinity : -Infinity };
  };
  const worst = at(multiple.low);
  const best = at(multiple.high);
  const fromNow = (m: number) => Math.pow(target.min / m, 1 / left) - 1;
  return {
    worst,
    best,
    openReason: openReason(multiple, a.baseline),
    fromYear: start,
    toYear: t,
    soFar: { low: rate(multiple.low), high: rate(multiple.high) },
    needed: { low: needed, high: needed },
    neededFromNow: atLeastZero(fromNow(multiple.high), fromNow(multiple.low)),
    ratio: { low: worst.ratio, high: best.ratio },
    projection: { low: Math.pow(multiple.low, n / k), high: Math.pow(multiple.high, n / k) },
    approx: multiple.approx,
  };
}

const PACE_BY_KIND: Record<TargetKind, (input: AssessInput) => Found> = { TERM_TOTAL: termTotal, ANNUAL: annual, END_LEVEL: endLevel, GROWTH: growth };

export function paceOfTarget(input: AssessInput): Found {
  return PACE_BY_KIND[input.target.kind](input);
}
