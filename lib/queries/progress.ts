// A term's targets against the approved figures, as rows for the page, the charts and the open-data API.
// Pure: takes the term, its targets and the approved reports already read, and asks lib/domain for the verdict.
import { assessTarget, type Assessment, type Basis, type Observation, type Status } from "@/lib/domain/achievement";
import { toQualified, type Interval } from "@/lib/domain/interval";
import { assessPace, type Pace, type Span } from "@/lib/domain/pace";
import { termYears } from "@/lib/domain/term-years";
import type { IndicatorKind, Qualifier, TargetKind, Unit } from "@/lib/domain/types";
import type { FigureValue, IndicatorRef, SourceRef, YearReport } from "./shapes";

export interface TargetForProgress {
  indicator: IndicatorRef;
  kind: TargetKind;
  year: number | null;
  min: number;
  max: number | null;
  qualifier: Qualifier;
  derived: boolean;
  note: string | null;
  /** English note and gloss of the quote (null or absent: none written). */
  noteEn?: string | null;
  /** The sentence of the source that sets the target. */
  quote: string | null;
  quoteEn?: string | null;
  source: SourceRef | null;
}

export interface ResultValue {
  /** The figure as stored: the low end of a range, the bound of "trên …". */
  value: number | null;
  low: number | null;
  /** null when the result has no upper end ("trên 200.000", or a sum with years missing). */
  high: number | null;
  qualifier: Qualifier | null;
}

export interface ProgressRow {
  indicator: string;
  nameVi: string;
  nameEn: string;
  unit: Unit;
  indicatorKind: IndicatorKind;
  target: { kind: TargetKind; min: number; max: number | null; year: number | null; qualifier: Qualifier; derived: boolean; note: string | null; noteEn: string | null; quote: string | null; quoteEn: string | null; source: string | null };
  result: ResultValue & { basis: Basis | null; years: number[]; missingYears: number[] };
  /** result ÷ target (its min), e.g. 1.733; the low end when the result is a range or a lower bound. */
  achievement: number | null;
  achievementHigh: number | null;
  /** How far above the target band, e.g. 0.733; a floor when the result is a lower bound. */
  exceededBy: number | null;
  approximate: boolean;
  status: Status;
  running: boolean;
  /** A running term's pro-rata expectation (target × elapsed ÷ term years; a multiple for GROWTH). */
  expected: number | null;
  /** ANNUAL: each year of the term up to now. */
  annual: { year: number; result: ResultValue; status: Status }[] | null;
  sources: SourceRef[];
  /** A running target's pace and projection on Open SDG's scale (lib/domain/pace.ts); null once it is over. */
  pace: PaceRow | null;
}

/** low..high; null where that end is open ("trên …", a year missing from a sum). */
export interface Bounds {
  low: number | null;
  high: number | null;
}

type PaceSpans = "soFar" | "needed" | "neededFromNow" | "ratio" | "projection";

/** The pace as JSON and CSV carry it (paceRow): its spans with open ends as null, `approx` as `approximate`. */
export type PaceRow = Omit<Pace, PaceSpans | "approx"> & Record<PaceSpans, Bounds | null> & { approximate: boolean };

const emptyResult: ResultValue = { value: null, low: null, high: null, qualifier: null };

export function resultValue(i: Interval | null): ResultValue {
  if (!i) return emptyResult;
  const q = toQualified(i);
  return { value: q.value, low: i.low, high: i.high === Infinity ? null : i.high, qualifier: q.qualifier };
}

const bounds = (s: Span | null): Bounds | null => (s ? { low: Number.isFinite(s.low) ? s.low : null, high: Number.isFinite(s.high) ? s.high : null } : null);

/** The pace with its open ends as null, as JSON and CSV can carry it. */
export function paceRow(p: Pace | null): PaceRow | null {
  if (!p) return null;
  const { approx, soFar, needed, neededFromNow, ratio, projection, ...rest } = p;
  // A ratio open at both ends has no meaning (the target was met when the term began, then lost): none.
  const r = ratio && (Number.isFinite(ratio.low) || Number.isFinite(ratio.high)) ? ratio : null;
  return { ...rest, soFar: bounds(soFar), needed: bounds(needed), neededFromNow: bounds(neededFromNow), ratio: bounds(r), projection: bounds(projection), approximate: approx };
}

const observation = (v: FigureValue): Observation => ({ year: v.year, fromYear: v.fromYear, qualifier: v.qualifier, value: v.value, high: v.high, estimate: v.estimate });

function usedSources(a: Assessment, values: FigureValue[], target: TargetForProgress): SourceRef[] {
  const used = values.filter((v) => a.resultYears.includes(v.year) || (a.basis === "CUMULATIVE" && v.fromYear < v.year));
  const all = [target.source, ...used.map((v) => v.source)].filter((s): s is SourceRef => !!s);
  return [...new Map(all.map((s) => [s.key, s])).values()];
}

export function termProgress(term: { startYear: number; endYear: number }, targets: TargetForProgress[], reports: YearReport[], asOfYear: number): ProgressRow[] {
  const span = new Set([term.startYear, ...termYears(term)]);
  return targets.map((t) => {
    // Whole-province figures of the target's indicator in the term's years (a district's does not answer it).
    const values = reports.flatMap((r) => r.values).filter((v) => v.indicator.code === t.indicator.code && v.dimension === "" && span.has(v.year));
    const input = { target: t, term, observations: values.map(observation), asOfYear };
    const a = assessTarget(input);
    return {
      indicator: t.indicator.code,
      nameVi: t.indicator.nameVi,
      nameEn: t.indicator.nameEn,
      unit: t.indicator.unit,
      indicatorKind: t.indicator.kind,
      target: { kind: t.kind, min: t.min, max: t.max, year: t.year, qualifier: t.qualifier, derived: t.derived, note: t.note, noteEn: t.noteEn ?? null, quote: t.quote, quoteEn: t.quoteEn ?? null, source: t.source?.key ?? null },
      result: { ...resultValue(a.result), basis: a.basis, years: a.resultYears, missingYears: a.missingYears },
      achievement: a.judgement?.ratio ?? null,
      achievementHigh: a.judgement?.ratioHigh ?? null,
      exceededBy: a.judgement?.exceededBy ?? null,
      approximate: a.judgement?.approx ?? t.qualifier === "APPROX",
      status: a.status,
      running: a.running,
      expected: a.expected,
      annual: a.years ? a.years.map((y) => ({ year: y.year, result: resultValue(y.result), status: y.status })) : null,
      sources: usedSources(a, values, t),
      pace: paceRow(assessPace(input)),
    };
  });
}

/** The last complete year: figures for a year are reported after it ends. */
export function lastCompleteYear(now = new Date()): number {
  return now.getUTCFullYear() - 1;
}
