// The public summary at /: national headline figures of the latest year with approved reports, and each
// province's current term against its targets. Approved figures only; cached like every public read.
import "server-only";
import { db } from "@/lib/db";
import { perRequest } from "@/lib/cache/per-request";
import type { Status } from "@/lib/domain/achievement";
import { unitsForYear } from "@/lib/domain/rollup";
import type { PrismaClient } from "@/lib/prisma-client";
import { reportYearRange } from "@/lib/services/reports/years";
import { rollUpYearWith, type CompareIndicator } from "./compare";
import { provinceNodes, type CompareUnit, type ProvinceName } from "./compare-shapes";
import { lastCompleteYear, termProgress } from "./progress";
import { num, targetSelect, toFigureValue, toSourceRef, valueSelect, type YearReport } from "./shapes";
import { byName } from "@/lib/domain/collation";

/** The national headline figures, in the order the cards show them. */
export const SUMMARY_CODES = ["coops_total", "coops_new", "groups_total", "unions_total", "credit_funds_total", "members", "workers", "avg_income_worker"] as const;

export interface Headline {
  indicator: CompareIndicator;
  /** The roll-up over every province that existed at the year's end; `missing` lists those without the figure. */
  national: CompareUnit;
}

export interface TermSummaryRow {
  province: ProvinceName & { mergedInto: ProvinceName | null };
  term: { years: string; startYear: number; endYear: number; congress: string | null; label: string; yearsInferred: boolean; running: boolean };
  targets: number;
  /** Targets by status (achievement.ts), e.g. { EXCEEDED: 1, NO_DATA: 2 }. */
  counts: Partial<Record<Status, number>>;
}

export interface PublicSummary {
  /** The latest year with an approved report; null when there is none. */
  year: number | null;
  /** Provinces that existed at that year's end, and which of them have an approved report for it. */
  provinces: { expected: number; reporting: ProvinceName[]; notReporting: ProvinceName[] };
  headlines: Headline[];
  asOfYear: number;
  terms: TermSummaryRow[];
}


async function headlineYear(client: PrismaClient, year: number) {
  const [nodes, reports, rolled] = await Promise.all([
    provinceNodes(client),
    client.yearlyReport.findMany({ where: { year, status: "APPROVED" }, select: { province: { select: { slug: true, name: true } } } }),
    rollUpYearWith(client, [...SUMMARY_CODES], year, "time"),
  ]);
  const existing = [...unitsForYear(nodes, year, "time").keys()];
  const reporting = reports.map((r) => r.province).sort(byName);
  const reported = new Set(reporting.map((p) => p.slug));
  const notReporting = nodes.filter((n) => existing.includes(n.slug) && !reported.has(n.slug)).map(({ slug, name }) => ({ slug, name })).sort(byName);
  return { provinces: { expected: existing.length, reporting, notReporting }, headlines: rolled.map((r) => ({ indicator: r.indicator, national: r.national })) };
}

/**
 * Each province's running term, or its latest ended one: the latest term that has begun by `asOfYear`.
 * Its targets are assessed by termProgress against the approved reports of the term's years.
 */
export async function currentTermsWith(client: PrismaClient, asOfYear: number): Promise<TermSummaryRow[]> {
  const terms = await client.term.findMany({
    where: { startYear: { lte: asOfYear } },
    orderBy: [{ startYear: "desc" }, { endYear: "desc" }],
    select: {
      startYear: true, endYear: true, congress: true, label: true, yearsInferred: true,
      province: { select: { id: true, slug: true, name: true, mergedInto: { select: { to: { select: { slug: true, name: true } } }, take: 1 } } },
      targets: { select: targetSelect },
    },
  });
  // A term whose congress met in asOfYear has no year of results yet (its years are start+1 … end): prefer the
  // latest term with at least one year gone by, and show the new one only when a province has nothing else.
  const rank = (t: (typeof terms)[number]) => (t.startYear < asOfYear ? 1 : 0);
  const best = new Map<number, (typeof terms)[number]>();
  for (const t of terms) if (!best.has(t.province.id) || rank(t) > rank(best.get(t.province.id)!)) best.set(t.province.id, t);
  const current = [...best.values()];
  if (!current.length) return [];
  const reports = await client.yearlyReport.findMany({
    where: { status: "APPROVED", OR: current.map((t) => ({ provinceId: t.province.id, year: { gte: t.startYear, lte: t.endYear } })) },
    select: {
      provinceId: true, year: true,
      values: { where: { dimension: "", indicatorId: { in: [...new Set(current.flatMap((t) => t.targets.map((x) => x.indicatorId)))] } }, select: valueSelect },
    },
  });
  return current
    .map((t): TermSummaryRow => {
      const own: YearReport[] = reports.filter((r) => r.provinceId === t.province.id).map((r) => ({ year: r.year, approvedOn: null, values: r.values.map((v) => toFigureValue(v, r.year)) }));
      const targets = t.targets.map((x) => ({ ...x, min: num(x.min), max: num(x.max), source: toSourceRef(x.source) }));
      const counts: TermSummaryRow["counts"] = {};
      for (const row of termProgress(t, targets, own, asOfYear)) counts[row.status] = (counts[row.status] ?? 0) + 1;
      const { id: _id, mergedInto, ...province } = t.province;
      return {
        province: { ...province, mergedInto: mergedInto[0]?.to ?? null },
        term: { years: `${t.startYear}-${t.endYear}`, startYear: t.startYear, endYear: t.endYear, congress: t.congress, label: t.label, yearsInferred: t.yearsInferred, running: asOfYear < t.endYear },
        targets: t.targets.length,
        counts,
      };
    })
    .sort((a, b) => byName(a.province, b.province));
}

export async function publicSummaryWith(client: PrismaClient, asOfYear = lastCompleteYear()): Promise<PublicSummary> {
  const range = reportYearRange();
  const [latest, terms] = await Promise.all([
    // A report of a year outside the report years (one approved before the range was enforced, e.g. 2099)
    // never becomes the national headline (decision 0013).
    client.yearlyReport.findFirst({ where: { status: "APPROVED", year: { gte: range.min, lte: range.max } }, orderBy: { year: "desc" }, select: { year: true } }),
    currentTermsWith(client, asOfYear),
  ]);
  const year = latest?.year ?? null;
  const empty = { provinces: { expected: 0, reporting: [], notReporting: [] }, headlines: [] };
  return { year, ...(year === null ? empty : await headlineYear(client, year)), asOfYear, terms };
}

export const getPublicSummary = perRequest(() => publicSummaryWith(db));
