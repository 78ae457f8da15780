// Rolls provinces' figures up into today's 34 provinces (or the nation) by indicator kind (DESIGN.md):
// flows and stocks add; averages and shares are weighted by their base where every member has one, otherwise
// the result is marked not comparable; ratios ("2,4 lần") never combine. A member with no figure makes a sum a
// lower bound and an average an estimate, and the result lists who is missing.
import { sum, type Interval } from "./interval";
import type { IndicatorKind } from "./types";

export interface MemberFigure {
  province: string;
  value: Interval | null;
  /** AVERAGE and SHARE: the base the figure is per (coops_total, workers…), in the same year. */
  base?: Interval | null;
}

export interface RolledUp {
  value: Interval | null;
  members: string[];
  missing: string[];
  complete: boolean;
  comparable: boolean;
  reason?: "NO_DATA" | "NO_BASE" | "RATIO";
}

function weighted(rows: MemberFigure[]): Interval {
  // Bases may be ranges; weighting by their low ends keeps the arithmetic simple and is marked approximate.
  const w = rows.map((r) => r.base!.low);
  const total = w.reduce((a, b) => a + b, 0);
  const at = (pick: (i: Interval) => number) => rows.reduce((acc, r, k) => acc + pick(r.value!) * w[k], 0) / total;
  const approx = rows.some((r) => r.value!.approx || r.base!.approx || r.base!.low !== r.base!.high);
  return { low: at((i) => i.low), high: rows.some((r) => r.value!.high === Infinity) ? Infinity : at((i) => i.high), approx };
}

export function rollUp(kind: IndicatorKind, members: MemberFigure[]): RolledUp {
  const names = members.map((m) => m.province);
  const present = members.filter((m) => m.value);
  const missing = members.filter((m) => !m.value).map((m) => m.province);
  const base = { members: names, missing, complete: missing.length === 0 };
  if (!present.length) return { ...base, value: null, comparable: true, reason: "NO_DATA" };
  if (members.length === 1) return { ...base, value: present[0].value, comparable: true };
  switch (kind) {
    case "FLOW":
    case "STOCK": {
      const total = sum(present.map((m) => m.value!))!;
      // Counts are never negative: without every member, the sum is only a lower bound.
      return { ...base, value: missing.length ? { ...total, high: Infinity } : total, comparable: true };
    }
    case "AVERAGE":
    case "SHARE": {
      if (present.some((m) => !m.base || m.base.low <= 0)) return { ...base, value: null, comparable: false, reason: "NO_BASE" };
      const value = weighted(present);
      return { ...base, value: missing.length ? { ...value, approx: true } : value, comparable: true };
    }
    case "RATIO":
      return { ...base, value: null, comparable: false, reason: "RATIO" };
  }
}

export interface ProvinceNode {
  slug: string;
  /** Successor's slug, for a province absorbed in a merger. */
  mergedInto: string | null;
  /** "YYYY-MM-DD" of the last day it existed, or null. */
  validUntil: string | null;
}

/** Did the province exist at the end of the year (when year-end reports are made)? */
export function existsAtYearEnd(p: ProvinceNode, year: number): boolean {
  return p.validUntil === null || p.validUntil >= `${year}-12-31`;
}

/** Today's provinces, each with the provinces it is made of (itself first), following merger chains. */
export function todaysGroups(provinces: ProvinceNode[]): Map<string, string[]> {
  const bySlug = new Map(provinces.map((p) => [p.slug, p]));
  const finalOf = (slug: string, seen = new Set<string>()): string => {
    const next = bySlug.get(slug)?.mergedInto;
    if (!next || seen.has(next)) return slug;
    seen.add(slug);
    return finalOf(next, seen);
  };
  const groups = new Map<string, string[]>();
  for (const p of provinces.filter((x) => x.validUntil === null)) groups.set(p.slug, [p.slug]);
  for (const p of provinces.filter((x) => x.validUntil !== null)) groups.get(finalOf(p.slug))?.push(p.slug);
  return groups;
}

export type Boundaries = "today" | "time";

/**
 * The units a year is shown in: with today's boundaries, today's provinces and the members that existed that
 * year; with the boundaries of the time, each province that existed at that year's end, alone.
 */
export function unitsForYear(provinces: ProvinceNode[], year: number, boundaries: Boundaries): Map<string, string[]> {
  const existing = new Set(provinces.filter((p) => existsAtYearEnd(p, year)).map((p) => p.slug));
  if (boundaries === "time") return new Map([...existing].map((s) => [s, [s]]));
  const out = new Map<string, string[]>();
  for (const [today, members] of todaysGroups(provinces)) out.set(today, members.filter((m) => existing.has(m)));
  return out;
}
