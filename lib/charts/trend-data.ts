// A province's figures over every year it has, one series per indicator: the yearly figures (bars from zero),
// the yearly targets (a band per year), and each term total as a running sum against its target. With the
// roll-up, each year is the sum (or weighted average) of the provinces the province is made of today, as far as
// they existed that year (lib/domain/rollup.ts), and carries their flags (lib/domain/flags.ts). Pure: no I/O.
import { inheritFlags, weakestAttribution, type ValueFlags } from "@/lib/domain/flags";
import { sum, toInterval, type Interval } from "@/lib/domain/interval";
import { existsAtYearEnd, rollUp, type MemberFigure, type ProvinceNode, type RolledUp } from "@/lib/domain/rollup";
import { termYears } from "@/lib/domain/term-years";
import type { Qualifier, TargetKind } from "@/lib/domain/types";
import type { PlainFlags, PlainInterval, ProvinceName } from "@/lib/queries/compare-shapes";
import type { IndicatorRef, SourceRef } from "@/lib/queries/shapes";

/** One approved whole-province value, as read. */
export interface TrendFigure {
  province: string;
  code: string;
  year: number;
  /** < year: a cumulative value ("208 over 2013–2018"). */
  fromYear: number;
  qualifier: Qualifier;
  value: number;
  high: number | null;
  flags: ValueFlags;
  source: SourceRef | null;
}

export interface TrendTarget {
  code: string;
  kind: TargetKind;
  startYear: number;
  endYear: number;
  /** An ANNUAL target for one year only. */
  year: number | null;
  min: number;
  max: number | null;
  /** As the source wrote it ("từ 30–35 trở lên" is AT_LEAST); APPROX and NEARLY draw it dashed. */
  qualifier: Qualifier;
}

export type TrendIndicator = IndicatorRef & { baseCode: string | null };
export type TrendMember = ProvinceNode & { name: string };

export interface TrendInput {
  /** In catalogue order. */
  indicators: TrendIndicator[];
  figures: TrendFigure[];
  targets: TrendTarget[];
  /** The province first; with the roll-up, the provinces merged into it too. */
  members: TrendMember[];
}

export interface TargetFigure {
  min: number;
  max: number | null;
  qualifier: Qualifier;
  approx: boolean;
}

export type TargetBand = TargetFigure & { kind: "ANNUAL" | "END_LEVEL" };

export interface TrendCell {
  value: PlainInterval | null;
  /** Provinces that existed that year and are counted (one: the province alone). */
  members: ProvinceName[];
  /** Of those, the ones with no figure: a sum without them is only a lower bound. */
  missing: ProvinceName[];
  reason: RolledUp["reason"] | null;
  flags: PlainFlags;
  sources: SourceRef[];
}

export interface TrendYear extends TrendCell {
  year: number;
  band: TargetBand | null;
}

export interface CumulativePoint extends TrendCell {
  year: number;
  /** The source's own running total, not a sum of years. */
  reported: boolean;
}

export type RunningPoint = CumulativePoint & { fromYear: number };

export interface TrendCumulative {
  startYear: number;
  endYear: number;
  target: TargetFigure;
  /** Years of the term up to the last with a figure; a point's value is null when nothing is known yet. */
  points: CumulativePoint[];
}

export interface TrendSeries {
  indicator: TrendIndicator;
  /** Every year from the first to the last with a figure or a target, gaps included. */
  years: TrendYear[];
  cumulative: TrendCumulative[];
  /** Cumulative figures no term line draws ("183 since 2013"), listed under the table. */
  running: RunningPoint[];
  /** Some figure adds up more than one province (the roll-up, where a predecessor reported). */
  rolledUp: boolean;
}

export function plain(i: Interval): PlainInterval {
  const high = i.high === Infinity ? null : i.high;
  const qualifier: Qualifier = high === null ? "AT_LEAST" : high !== i.low ? "RANGE" : i.approx ? "APPROX" : "EXACT";
  return { low: i.low, high, qualifier, approx: i.approx };
}

function raw(f: TrendFigure): PlainInterval {
  const i = toInterval(f, { estimate: f.flags.estimate });
  return { ...plain(i), qualifier: f.qualifier === "RANGE" && i.high === i.low ? "EXACT" : f.qualifier };
}

const EMPTY_FLAGS: PlainFlags = { ...inheritFlags([]), from: { derived: [], estimate: [], ambiguous: [], inferred: [], unconfirmed: [] } };

export function buildTrends(input: TrendInput): TrendSeries[] {
  const index = new Map(input.figures.map((f) => [`${f.province}|${f.code}|${f.year}|${f.fromYear}`, f]));
  const names = new Map(input.members.map((m) => [m.slug, m.name]));
  const named = (slug: string): ProvinceName => ({ slug, name: names.get(slug) ?? slug });

  const cell = (ind: TrendIndicator, year: number, fromYear: number): TrendCell => {
    const existing = input.members.filter((m) => existsAtYearEnd(m, year));
    const weighted = (ind.kind === "AVERAGE" || ind.kind === "SHARE") && !!ind.baseCode;
    const own = (slug: string) => index.get(`${slug}|${ind.code}|${year}|${fromYear}`);
    const base = (slug: string) => (weighted ? index.get(`${slug}|${ind.baseCode}|${year}|${year}`) : undefined);
    const figures: MemberFigure[] = existing.map((m) => {
      const f = own(m.slug);
      const b = base(m.slug);
      return { province: m.slug, value: f ? toInterval(f, { estimate: f.flags.estimate }) : null, base: b ? toInterval(b, { estimate: b.flags.estimate }) : null };
    });
    const r = rollUp(ind.kind, figures);
    const used = existing.flatMap((m) => (own(m.slug) ? [own(m.slug)!, base(m.slug)].filter((f): f is TrendFigure => !!f) : []));
    const flags = inheritFlags(used.map((f) => ({ province: f.province, flags: f.flags })));
    // A province alone keeps its figure as the source wrote it ("gần 40"), not as an interval.
    const single = existing.length === 1 ? own(existing[0].slug) : undefined;
    return {
      value: single ? raw(single) : r.value ? plain(r.value) : null,
      members: r.members.map(named),
      missing: r.value || existing.length > 1 ? r.missing.map(named) : [],
      reason: r.reason ?? null,
      flags: { ...flags, from: Object.fromEntries(Object.entries(flags.from).map(([k, v]) => [k, v.map(named)])) as PlainFlags["from"] },
      sources: [...new Map(used.flatMap((f) => (f.source ? [[f.source.key, f.source] as const] : []))).values()],
    };
  };

  const members = new Set(input.members.map((m) => m.slug));
  const figures = input.figures.filter((f) => members.has(f.province));
  return input.indicators.flatMap((ind): TrendSeries[] => {
    const own = figures.filter((f) => f.code === ind.code);
    if (!own.length) return [];
    const targets = input.targets.filter((t) => t.code === ind.code);
    const bands = bandsByYear(targets);
    const lastFigure = Math.max(...own.map((f) => f.year));
    const cumulative = targets
      .filter((t) => t.kind === "TERM_TOTAL")
      .map((t) => termLine(t, ind, lastFigure, (y, from) => cell(ind, y, from)));
    // A cumulative figure a term line already draws is not listed again.
    const drawn = (f: TrendFigure) => cumulative.some((c) => c.points.some((p) => p.reported && p.year === f.year) && f.fromYear < f.year && (f.fromYear === c.startYear || f.fromYear === c.startYear + 1));
    const running = [...new Set(own.filter((f) => f.fromYear < f.year && !drawn(f)).map((f) => `${f.year}|${f.fromYear}`))].map((k): RunningPoint => {
      const [year, fromYear] = k.split("|").map(Number);
      return { ...cell(ind, year, fromYear), year, fromYear, reported: true };
    });
    const yearsWith = [
      ...own.map((f) => f.year),
      ...bands.keys(),
      ...cumulative.flatMap((c) => [c.startYear + 1, c.endYear]),
    ];
    const first = Math.min(...yearsWith);
    const last = Math.max(...yearsWith);
    const years: TrendYear[] = [];
    for (let y = first; y <= last; y++) years.push({ ...cell(ind, y, y), year: y, band: bands.get(y) ?? null });
    const rolledUp = [...years, ...cumulative.flatMap((c) => c.points)].some((c) => c.value && c.members.length > 1 && c.members.length > c.missing.length + 1);
    return [{ indicator: ind, years, cumulative, running, rolledUp }];
  });
}

const targetFigure = (t: TrendTarget): TargetFigure => ({ min: t.min, max: t.max, qualifier: t.qualifier, approx: t.qualifier === "APPROX" || t.qualifier === "NEARLY" });

/** ANNUAL targets on each year of their term (or their one year); an END_LEVEL target on its term's last year. */
function bandsByYear(targets: TrendTarget[]): Map<number, TargetBand> {
  const out = new Map<number, TargetBand>();
  for (const t of targets) {
    const band = targetFigure(t);
    if (t.kind === "ANNUAL") for (const y of t.year !== null ? [t.year] : termYears(t)) out.set(y, { ...band, kind: "ANNUAL" });
    if (t.kind === "END_LEVEL" && !out.has(t.endYear)) out.set(t.endYear, { ...band, kind: "END_LEVEL" });
  }
  return out;
}

/**
 * A term total's running sum, year by year: the source's own cumulative figure where it gives one, otherwise the
 * yearly figures added up. A flow is never negative, so a year without a figure makes the sum "at least".
 */
function termLine(t: TrendTarget, ind: TrendIndicator, lastFigure: number, cellAt: (year: number, fromYear: number) => TrendCell): TrendCumulative {
  const years = termYears(t).filter((y) => y <= lastFigure);
  const annual = new Map(years.map((y) => [y, cellAt(y, y)]));
  const points = years.map((year): CumulativePoint => {
    // Counted from the congress's year or the year after; from the year itself it is that year's own figure.
    const reported = [t.startYear, t.startYear + 1].filter((from) => from < year).map((from) => cellAt(year, from)).find((c) => c.value);
    if (reported) return { ...reported, year, reported: true };
    const upTo = years.filter((y) => y <= year).map((y) => annual.get(y)!);
    const present = upTo.filter((c) => c.value);
    if (ind.kind !== "FLOW" || !present.length) return { ...upTo[upTo.length - 1], value: null, year, reported: false };
    const total = sum(present.map((c) => ({ low: c.value!.low, high: c.value!.high ?? Infinity, approx: c.value!.approx })))!;
    const incomplete = present.length < upTo.length;
    const flags = mergeFlags(present.map((c) => c.flags));
    return {
      value: plain(incomplete ? { ...total, high: Infinity } : total),
      members: [...new Map(upTo.flatMap((c) => c.members).map((p) => [p.slug, p])).values()],
      missing: [...new Map(upTo.flatMap((c) => c.missing).map((p) => [p.slug, p])).values()],
      reason: null,
      flags,
      sources: [...new Map(present.flatMap((c) => c.sources).map((s) => [s.key, s])).values()],
      year,
      reported: false,
    };
  });
  return { startYear: t.startYear, endYear: t.endYear, target: targetFigure(t), points };
}

function mergeFlags(all: PlainFlags[]): PlainFlags {
  if (!all.length) return EMPTY_FLAGS;
  const union = (k: keyof PlainFlags["from"]) => [...new Map(all.flatMap((f) => f.from[k]).map((p) => [p.slug, p])).values()];
  return {
    derived: all.some((f) => f.derived),
    estimate: all.some((f) => f.estimate),
    ambiguous: all.some((f) => f.ambiguous),
    attribution: all.reduce<PlainFlags["attribution"]>((a, f) => weakestAttribution(a, f.attribution), "STATED"),
    from: { derived: union("derived"), estimate: union("estimate"), ambiguous: union("ambiguous"), inferred: union("inferred"), unconfirmed: union("unconfirmed") },
  };
}
