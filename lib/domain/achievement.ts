// Targets against results, for the four target kinds of DESIGN.md. Pure: the caller passes the
// whole-province observations of the target's indicator and the last complete year (asOfYear).
import { divide, sum, toInterval, type Interval, type QualifiedValue } from "./interval";
import { judge, type Judgement, type Verdict } from "./judge";
import { elapsedShare, isRunning, termYears, type TermSpan } from "./term-years";
import type { TargetKind } from "./types";

export type Status = Verdict | "NO_DATA" | "ON_TRACK" | "BEHIND";

export interface Observation extends QualifiedValue {
  year: number;
  /** First year the value covers; < year for a cumulative value. */
  fromYear: number;
  estimate?: boolean;
}

export interface TargetInput {
  kind: TargetKind;
  min: number;
  max: number | null;
  /** APPROX when the target itself is approximate. */
  qualifier: QualifiedValue["qualifier"];
  /** ANNUAL only: the one year it is set for. */
  year?: number | null;
}

export interface YearResult {
  year: number;
  result: Interval | null;
  status: Status;
  judgement: Judgement | null;
}

export type Basis = "CUMULATIVE" | "SUM_OF_YEARS" | "END_VALUE" | "LATEST_VALUE" | "YEARS" | "GROWTH";

export interface Assessment {
  status: Status;
  running: boolean;
  result: Interval | null;
  basis: Basis | null;
  /** Years the result is made of; for GROWTH the baseline year and the end year. */
  resultYears: number[];
  /** Years of the term up to asOfYear that have no value. */
  missingYears: number[];
  judgement: Judgement | null;
  /** A running term's pro-rata expectation, in the target's unit (a multiple for GROWTH). */
  expected: number | null;
  years?: YearResult[];
  baseline?: Interval | null;
}

export interface AssessInput {
  target: TargetInput;
  term: TermSpan;
  observations: Observation[];
  asOfYear: number;
}

const yearly = (obs: Observation[], year: number) => obs.find((o) => o.year === year && o.fromYear === year);
const interval = (o: Observation) => toInterval(o, { estimate: o.estimate });
const band = (t: TargetInput) => ({ min: t.min, max: t.max, approx: t.qualifier === "APPROX" || t.qualifier === "NEARLY" });

function empty(running: boolean, missingYears: number[] = [], expected: number | null = null): Assessment {
  return { status: "NO_DATA", running, result: null, basis: null, resultYears: [], missingYears, judgement: null, expected };
}

/** Running term: met already stays met; otherwise compare with the pro-rata expectation. */
function progress(result: Interval, expected: number): Status {
  if (result.low >= expected) return "ON_TRACK";
  if (result.high < expected) return "BEHIND";
  return "INCONCLUSIVE";
}

function termTotal({ target, term, observations, asOfYear }: AssessInput): Assessment {
  const running = isRunning(term, asOfYear);
  const until = Math.min(term.endYear, asOfYear);
  const expected = running ? target.min * elapsedShare(term, asOfYear) : null;
  const cumulative = observations
    .filter((o) => (o.fromYear === term.startYear || o.fromYear === term.startYear + 1) && o.fromYear < o.year && o.year <= until)
    .sort((a, b) => b.year - a.year)[0];
  let result: Interval | null;
  let basis: Basis;
  let resultYears: number[];
  let missingYears: number[] = [];
  if (cumulative) {
    result = interval(cumulative);
    basis = "CUMULATIVE";
    resultYears = Array.from({ length: cumulative.year - cumulative.fromYear + 1 }, (_, k) => cumulative.fromYear + k);
  } else {
    const years = termYears(term).filter((y) => y <= until);
    const found = years.map((y) => yearly(observations, y)).filter((o): o is Observation => !!o);
    resultYears = found.map((o) => o.year);
    missingYears = years.filter((y) => !resultYears.includes(y));
    result = sum(found.map(interval));
    // Flows are never negative: with years missing, the known years' sum is a lower bound of the total.
    if (result && missingYears.length) result = { ...result, high: Infinity };
    basis = "SUM_OF_YEARS";
  }
  if (!result) return empty(running, missingYears, expected);
  const judgement = judge(result, band(target));
  const met = judgement.verdict === "ACHIEVED" || judgement.verdict === "EXCEEDED";
  const status = running && !met ? progress(result, expected!) : judgement.verdict;
  return { status, running, result, basis, resultYears, missingYears, judgement, expected };
}

function annual({ target, term, observations, asOfYear }: AssessInput): Assessment {
  const all = target.year ? [target.year] : termYears(term);
  const running = all[all.length - 1] > asOfYear;
  const years: YearResult[] = all.filter((y) => y <= asOfYear).map((year) => {
    const o = yearly(observations, year);
    if (!o) return { year, result: null, status: "NO_DATA", judgement: null };
    const j = judge(interval(o), band(target));
    return { year, result: interval(o), status: j.verdict, judgement: j };
  });
  const judged = years.filter((y) => y.judgement);
  const missingYears = years.filter((y) => !y.judgement).map((y) => y.year);
  if (!judged.length) return { ...empty(running, missingYears), years };
  const result = sum(judged.map((y) => y.result!))!;
  const judgement = judge(result, band({ ...target, min: target.min * judged.length, max: target.max === null ? null : target.max * judged.length }));
  const verdicts = judged.map((y) => y.status);
  let status: Status;
  if (verdicts.includes("NOT_MET")) status = running ? "BEHIND" : "NOT_MET";
  else if (verdicts.includes("INCONCLUSIVE") || (!running && missingYears.length)) status = "INCONCLUSIVE";
  else if (running) status = "ON_TRACK";
  else status = verdicts.every((v) => v === "EXCEEDED") ? "EXCEEDED" : "ACHIEVED";
  return { status, running, result, basis: "YEARS", resultYears: judged.map((y) => y.year), missingYears, judgement, expected: null, years };
}

function latest(observations: Observation[], from: number, until: number): Observation | undefined {
  return observations.filter((o) => o.fromYear === o.year && o.year > from && o.year <= until).sort((a, b) => b.year - a.year)[0];
}

function endLevel({ target, term, observations, asOfYear }: AssessInput): Assessment {
  const running = isRunning(term, asOfYear);
  const o = running ? latest(observations, term.startYear, asOfYear) : yearly(observations, term.endYear);
  if (!o) return empty(running, running ? [] : [term.endYear]);
  const result = interval(o);
  const judgement = judge(result, band(target));
  const base: Assessment = { status: judgement.verdict, running, result, basis: running ? "LATEST_VALUE" : "END_VALUE", resultYears: [o.year], missingYears: [], judgement, expected: null };
  if (!running) return base;
  // Expected level: on the straight line from the level when the term began to the target.
  const start = yearly(observations, term.startYear);
  const expected = start ? start.value + (target.min - start.value) * elapsedShare(term, o.year) : target.min;
  return { ...base, status: progress(result, expected), expected: start ? expected : null };
}

function growth({ target, term, observations, asOfYear }: AssessInput): Assessment {
  const running = isRunning(term, asOfYear);
  const start = yearly(observations, term.startYear);
  const end = running ? latest(observations, term.startYear, asOfYear) : yearly(observations, term.endYear);
  if (!start || !end) return { ...empty(running, [...(start ? [] : [term.startYear]), ...(end || running ? [] : [term.endYear])]), baseline: start ? interval(start) : null };
  const baseline = interval(start);
  const result = divide(interval(end), baseline);
  if (!result) return { ...empty(running), baseline };
  const judgement = judge(result, band(target));
  const resultYears = [start.year, end.year];
  if (!running) return { status: judgement.verdict, running, result, basis: "GROWTH", resultYears, missingYears: [], judgement, expected: null, baseline };
  // Growth compounds: after a share s of the term, a multiple m for the term means m^s so far.
  const expected = Math.pow(target.min, elapsedShare(term, end.year));
  return { status: progress(result, expected), running, result, basis: "GROWTH", resultYears, missingYears: [], judgement, expected, baseline };
}

const ASSESS_BY_KIND: Record<TargetKind, (input: AssessInput) => Assessment> = { TERM_TOTAL: termTotal, ANNUAL: annual, END_LEVEL: endLevel, GROWTH: growth };

export function assessTarget(input: AssessInput): Assessment {
  return ASSESS_BY_KIND[input.target.kind](input);
}

