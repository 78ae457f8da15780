// One term's progress for a province: the read behind the progress API and the term charts.
import "server-only";
import { db } from "@/lib/db";
import { perRequest } from "@/lib/cache/per-request";
import { lastCompleteYear, termProgress, type ProgressRow } from "./progress";
import { num, targetSelect, toFigureValue, toSourceRef, valueSelect, type YearReport } from "./shapes";

export interface TermProgress {
  province: { slug: string; name: string };
  term: { years: string; startYear: number; endYear: number; congress: string | null; label: string; yearsInferred: boolean; note: string | null; noteEn: string | null };
  asOfYear: number;
  rows: ProgressRow[];
}

/** null when the province or the term does not exist. Fresh from the database: the API's read (see open-data.ts). */
export async function readTermProgress(slug: string, startYear: number, endYear: number): Promise<TermProgress | null> {
  const term = await db.term.findFirst({
    where: { province: { slug }, startYear, endYear },
    select: {
      startYear: true, endYear: true, congress: true, label: true, yearsInferred: true, note: true, noteEn: true,
      province: { select: { id: true, slug: true, name: true } },
      targets: { select: targetSelect },
    },
  });
  if (!term) return null;
  // Only the figures the targets need: their indicators, whole province, the term's years, approved reports.
  const reports = await db.yearlyReport.findMany({
    where: { provinceId: term.province.id, status: "APPROVED", year: { gte: startYear, lte: endYear } },
    select: { year: true, approvedAt: true, values: { where: { dimension: "", indicatorId: { in: term.targets.map((t) => t.indicatorId) } }, select: valueSelect } },
  });
  const yearReports: YearReport[] = reports.map((r) => ({ year: r.year, approvedOn: null, values: r.values.map((v) => toFigureValue(v, r.year)) }));
  const targets = term.targets
    .map((t) => ({ ...t, min: num(t.min), max: num(t.max), source: toSourceRef(t.source) }))
    .sort((a, b) => a.indicator.sortOrder - b.indicator.sortOrder);
  const asOfYear = lastCompleteYear();
  const { province, targets: _t, ...rest } = term;
  return {
    province: { slug: province.slug, name: province.name },
    term: { years: `${startYear}-${endYear}`, ...rest },
    asOfYear,
    rows: termProgress(term, targets, yearReports, asOfYear),
  };
}

/** The same read for the public pages, through Next's data cache (refreshed on approval). */
export const getTermProgress = perRequest(readTermProgress);
