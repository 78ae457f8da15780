// Reads behind the open-data API (docs/api.md). Approved figures only. Always fresh from the database: the
// server's response cache keeps the API's answers whole and empties itself on approval, and a stale read here
// would be kept as if it were current (Next's data cache answers a route handler from a stale entry once).
import "server-only";
import { db } from "@/lib/db";
import { isoDate, toFigureValue, valueSelect, type FigureValue } from "./shapes";

export interface ProvinceEntry {
  slug: string;
  code: string;
  name: string;
  formerName: string | null;
  validFrom: string;
  validUntil: string | null;
  mergedInto: string | null;
  mergedOn: string | null;
}

export async function listProvinces(): Promise<ProvinceEntry[]> {
  const rows = await db.province.findMany({
    orderBy: { code: "asc" },
    select: { slug: true, code: true, name: true, formerName: true, validFrom: true, validUntil: true, mergedInto: { select: { effectiveDate: true, to: { select: { slug: true } } }, take: 1 } },
  });
  return rows.map(({ mergedInto, validFrom, validUntil, ...p }) => ({
    ...p,
    validFrom: isoDate(validFrom),
    validUntil: isoDate(validUntil),
    mergedInto: mergedInto[0]?.to.slug ?? null,
    mergedOn: mergedInto[0] ? isoDate(mergedInto[0].effectiveDate) : null,
  }));
}

const provinceId = async (slug: string) => (await db.province.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;

export interface YearValues {
  year: number;
  approvedOn: string | null;
  values: FigureValue[];
}

/** null for an unknown province. */
export async function provinceReports(slug: string, from: number, to: number): Promise<YearValues[] | null> {
  const id = await provinceId(slug);
  if (id === null) return null;
  const reports = await db.yearlyReport.findMany({
    where: { provinceId: id, status: "APPROVED", year: { gte: from, lte: to } },
    orderBy: { year: "asc" },
    select: { year: true, approvedAt: true, values: { select: valueSelect, orderBy: [{ indicator: { sortOrder: "asc" } }, { dimension: "asc" }, { fromYear: "asc" }] } },
  });
  return reports.map((r) => ({ year: r.year, approvedOn: isoDate(r.approvedAt), values: r.values.map((v) => toFigureValue(v, r.year)) }));
}

export interface TermEntry {
  years: string;
  startYear: number;
  endYear: number;
  congress: string | null;
  label: string;
  yearsInferred: boolean;
  note: string | null;
  targets: number;
}

export async function provinceTerms(slug: string): Promise<TermEntry[] | null> {
  const id = await provinceId(slug);
  if (id === null) return null;
  const terms = await db.term.findMany({
    where: { provinceId: id },
    orderBy: { startYear: "asc" },
    select: { startYear: true, endYear: true, congress: true, label: true, yearsInferred: true, note: true, _count: { select: { targets: true } } },
  });
  return terms.map(({ _count, ...t }) => ({ years: `${t.startYear}-${t.endYear}`, ...t, targets: _count.targets }));
}
