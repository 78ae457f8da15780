// One indicator across provinces for one year, in today's 34 provinces or the boundaries of the time, plus the
// national total: the reads that feed lib/domain/rollup.ts. Approved reports, whole-province yearly values only.
// Each read is a function of a Prisma client (tested on a real database) with a cached wrapper for the pages.
import "server-only";
import { db } from "@/lib/db";
import { perRequest } from "@/lib/cache/per-request";
import { inheritFlags, type ValueFlags } from "@/lib/domain/flags";
import { toInterval, type Interval } from "@/lib/domain/interval";
import { rollUp, unitsForYear, type Boundaries, type MemberFigure } from "@/lib/domain/rollup";
import type { PrismaClient } from "@/lib/prisma-client";
import { NATIONAL, provinceNodes, toUnit, type CompareUnit, type RawValue } from "./compare-shapes";
import { indicatorSelect, num, sourceSelect, toSourceRef, type IndicatorRef, type SourceRef } from "./shapes";
import { byName } from "@/lib/domain/collation";

export { NATIONAL, type CompareUnit, type PlainInterval, type ProvinceName } from "./compare-shapes";
export type { Boundaries };

export type CompareIndicator = IndicatorRef & { baseCode: string | null };

export interface IndicatorComparison {
  indicator: CompareIndicator;
  /** AVERAGE and SHARE: the indicator the roll-up is weighted by. */
  base: CompareIndicator | null;
  year: number;
  /** First year the figures cover: `year` for a yearly figure, the term's first year for a term total. */
  fromYear: number;
  boundaries: Boundaries;
  /** One per unit (today's province, or province of the time), in Vietnamese name order. */
  units: CompareUnit[];
  /** Every province that existed at the year's end, rolled up. */
  national: CompareUnit;
}

/** A value as read, keyed by province slug, for one indicator. */
type Read = { interval: Interval; raw: RawValue; source: SourceRef | null; flags: ValueFlags };

async function readValues(client: PrismaClient, codes: string[], year: number, fromYear: number): Promise<Map<string, Map<string, Read>>> {
  const rows = await client.reportValue.findMany({
    where: { dimension: "", fromYear, indicator: { code: { in: codes } }, report: { year, status: "APPROVED" } },
    select: {
      qualifier: true, value: true, high: true, estimate: true, derived: true, ambiguous: true,
      indicator: { select: { code: true } },
      report: { select: { province: { select: { slug: true } }, source: { select: sourceSelect } } },
      source: { select: sourceSelect },
    },
  });
  const out = new Map<string, Map<string, Read>>(codes.map((c) => [c, new Map()]));
  for (const r of rows) {
    const q = { qualifier: r.qualifier, value: num(r.value), high: num(r.high) };
    const interval = toInterval(q, { estimate: r.estimate });
    // A value with no source has no article to doubt: its province is the report's own.
    const flags: ValueFlags = { derived: r.derived, estimate: r.estimate, ambiguous: r.ambiguous, attribution: r.source?.attribution ?? "STATED" };
    out.get(r.indicator.code)!.set(r.report.province.slug, { interval, raw: { ...q, approx: interval.approx }, source: toSourceRef(r.source ?? r.report.source), flags });
  }
  return out;
}

/**
 * Rolls each indicator of `codes` up for `year`. One read for the provinces and the catalogue, one for the values
 * (the indicators and, for averages and shares, their bases), however many indicators are asked for.
 */
export async function rollUpYearWith(client: PrismaClient, codes: string[], year: number, boundaries: Boundaries, fromYear = year): Promise<IndicatorComparison[]> {
  const [nodes, indicators] = await Promise.all([
    provinceNodes(client),
    // The whole catalogue (a few dozen rows): the indicators asked for and the bases they are weighted by.
    client.indicator.findMany({ select: { ...indicatorSelect, baseCode: true } }),
  ]);
  const weighted = (i: CompareIndicator) => (i.kind === "AVERAGE" || i.kind === "SHARE") && !!i.baseCode;
  const bases = indicators.filter((i) => codes.includes(i.code) && weighted(i)).map((i) => i.baseCode!);
  // A term total (fromYear < year) is weighted by the bases of its last year, as the source states them.
  const values = await readValues(client, [...new Set([...codes, ...bases])], year, fromYear);
  const names = new Map(nodes.map((n) => [n.slug, n.name]));
  const units = unitsForYear(nodes, year, boundaries);
  const everyone = [...unitsForYear(nodes, year, "time").keys()];

  return codes.flatMap((code) => {
    const indicator = indicators.find((i) => i.code === code);
    if (!indicator) return [];
    const own = values.get(code)!;
    const base = weighted(indicator) ? values.get(indicator.baseCode!) : undefined;
    const unit = (slug: string, members: string[]): CompareUnit => {
      const figures: MemberFigure[] = members.map((m) => ({ province: m, value: own.get(m)?.interval ?? null, base: base?.get(m)?.interval ?? null }));
      const used = members.flatMap((m) => [own.get(m)?.source, own.get(m) ? base?.get(m)?.source : undefined]);
      // A unit made of one province shows its figure as the source wrote it ("gần 40"), not as an interval.
      const single = members.length === 1 ? own.get(members[0])?.raw ?? null : null;
      // Who lacks the weight, so that "not comparable" can say why.
      const noBase = base ? figures.filter((f) => f.value && !(f.base && f.base.low > 0)).map((f) => f.province) : [];
      // The figures the unit is made of (and, for a weighted one, their weights) pass their flags on to it.
      const inputs = members.flatMap((m) => [own.get(m), own.get(m) ? base?.get(m) : undefined].filter((r): r is Read => !!r).map((r) => ({ province: m, flags: r.flags })));
      return toUnit(slug, names, rollUp(indicator.kind, figures), used, single, noBase, inheritFlags(inputs));
    };
    const rolled = [...units].map(([slug, members]) => unit(slug, members));
    rolled.sort(byName);
    const national = { ...unit(NATIONAL, everyone), name: "" };
    const baseIndicator = weighted(indicator) ? (indicators.find((i) => i.code === indicator.baseCode) ?? null) : null;
    return [{ indicator, base: baseIndicator, year, fromYear, boundaries, units: rolled, national }];
  });
}

export async function compareIndicatorWith(client: PrismaClient, code: string, year: number, boundaries: Boundaries, fromYear = year): Promise<IndicatorComparison | null> {
  return (await rollUpYearWith(client, [code], year, boundaries, fromYear))[0] ?? null;
}

/** A year (from = to) or a term's span of years (a term total, "208 new HTX over 2013–2018"). */
export interface Period {
  from: number;
  to: number;
}

/**
 * The years and term spans with at least one approved whole-province value of the indicator: latest first, a
 * year before a term ending that year. An indicator known only as term totals is offered with its terms.
 */
export async function availablePeriodsWith(client: PrismaClient, code: string): Promise<Period[]> {
  const rows = await client.$queryRaw<{ from: number; to: number }[]>`
    SELECT DISTINCT v."fromYear" AS "from", r.year AS "to" FROM "ReportValue" v
    JOIN "YearlyReport" r ON r.id = v."reportId" JOIN "Indicator" i ON i.id = v."indicatorId"
    WHERE i.code = ${code} AND v.dimension = '' AND v."fromYear" <= r.year AND r.status = 'APPROVED'
    ORDER BY r.year DESC, v."fromYear" DESC`;
  return rows.map((r) => ({ from: Number(r.from), to: Number(r.to) }));
}

/** Years with at least one approved whole-province yearly value of the indicator, latest first. */
export async function availableYearsWith(client: PrismaClient, code: string): Promise<number[]> {
  const rows = await client.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT r.year FROM "ReportValue" v
    JOIN "YearlyReport" r ON r.id = v."reportId" JOIN "Indicator" i ON i.id = v."indicatorId"
    WHERE i.code = ${code} AND v.dimension = '' AND v."fromYear" = r.year AND r.status = 'APPROVED'
    ORDER BY r.year DESC`;
  return rows.map((r) => Number(r.year));
}

/** The indicators a reader can compare: those with an approved whole-province value, ratios left out (never combined). */
export async function comparableIndicatorsWith(client: PrismaClient): Promise<CompareIndicator[]> {
  return client.indicator.findMany({
    where: { kind: { not: "RATIO" }, values: { some: { dimension: "", report: { status: "APPROVED" } } } },
    select: { ...indicatorSelect, baseCode: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
}

export const compareIndicator = perRequest((code: string, year: number, boundaries: Boundaries, fromYear: number = year) => compareIndicatorWith(db, code, year, boundaries, fromYear));
export const availableYears = perRequest((code: string) => availableYearsWith(db, code));
export const availablePeriods = perRequest((code: string) => availablePeriodsWith(db, code));
export const comparableIndicators = perRequest(() => comparableIndicatorsWith(db));
