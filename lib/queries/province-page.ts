import "server-only";
import { db } from "@/lib/db";
import { perRequest } from "@/lib/cache/per-request";
import { lastCompleteYear, termProgress, type ProgressRow } from "./progress";
import {
  isoDate,
  mergeLinks,
  num,
  provinceNamesSelect,
  sourceSelect,
  targetSelect,
  toFigureValue,
  toSourceRef,
  valueSelect,
  type ProvinceLink,
  type SourceRef,
  type YearReport,
} from "./shapes";

export type TermView = {
  congress: string | null;
  startYear: number;
  endYear: number;
  label: string;
  yearsInferred: boolean;
  note: string | null;
  noteEn: string | null;
  source: SourceRef | null;
  /** Each target against the approved figures (lib/queries/progress.ts), in catalogue order. */
  rows: ProgressRow[];
};

export type ProvincePage = {
  province: {
    slug: string;
    name: string;
    formerName: string | null;
    isCity: boolean;
    validFrom: string;
    validUntil: string | null;
    mergedInto: ProvinceLink | null;
    /** For a survivor of a merger: the provinces it absorbed. */
    absorbed: ProvinceLink[];
  };
  /** APPROVED reports only, latest year first. */
  reports: YearReport[];
  /** Latest term first; each target assessed against the approved reports. */
  terms: TermView[];
};


const findProvince = (slug: string) =>
  db.province.findUnique({
    where: { slug },
    select: { id: true, validFrom: true, ...provinceNamesSelect },
  });

// Only plain data (no Date, no Decimal) leaves these reads: the pages pass it to client components.
/** Used by the route's layout, which answers 404 before the page starts streaming. */
export const provinceExists = perRequest(async (slug: string): Promise<boolean> => (await db.province.count({ where: { slug } })) > 0);

// Public read: only APPROVED reports are ever selected.
export const getProvincePage = perRequest(async (slug: string): Promise<ProvincePage | null> => {
  const province = await findProvince(slug);
  if (!province) return null;

  const [reportRows, termRows] = await Promise.all([
    db.yearlyReport.findMany({
      where: { provinceId: province.id, status: "APPROVED" },
      orderBy: { year: "desc" },
      select: { year: true, approvedAt: true, values: { select: valueSelect } },
    }),
    db.term.findMany({
      where: { provinceId: province.id },
      orderBy: [{ startYear: "desc" }, { endYear: "desc" }],
      select: {
        congress: true, startYear: true, endYear: true, label: true, yearsInferred: true, note: true, noteEn: true,
        source: { select: sourceSelect },
        targets: { select: targetSelect },
      },
    }),
  ]);

  const reports: YearReport[] = reportRows.map((r) => ({
    year: r.year,
    approvedOn: isoDate(r.approvedAt),
    values: r.values.map((v) => toFigureValue(v, r.year)),
  }));

  // Every approved report is already here, so the assessment needs no query of its own (the term page's
  // getTermProgress reads the same thing for one term).
  const asOfYear = lastCompleteYear();
  const terms: TermView[] = termRows.map(({ targets, ...t }) => {
    const sorted = targets
      .map((target) => ({ ...target, min: num(target.min), max: num(target.max), source: toSourceRef(target.source) }))
      .sort((a, b) => a.indicator.sortOrder - b.indicator.sortOrder || a.indicator.code.localeCompare(b.indicator.code));
    return { ...t, source: toSourceRef(t.source), rows: termProgress(t, sorted, reports, asOfYear) };
  });

  return {
    province: {
      slug: province.slug,
      name: province.name,
      formerName: province.formerName,
      isCity: province.isCity,
      validFrom: isoDate(province.validFrom),
      validUntil: isoDate(province.validUntil),
      ...mergeLinks(province),
    },
    reports,
    terms,
  };
});
