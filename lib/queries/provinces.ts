import "server-only";
import { db } from "@/lib/db";
import { perRequest } from "@/lib/cache/per-request";
import { isoDate, toFigureValue, valueSelect, type Attribution, type FigureValue, type ProvinceLink } from "./shapes";
import { byName } from "@/lib/domain/collation";

/** The indicators the province list shows, in column order. members_workers stands in for members when given. */
export const HEADLINE_CODES = ["coops_total", "coops_new", "groups_total", "members_workers", "members", "avg_income_worker"] as const;
export type HeadlineCode = (typeof HEADLINE_CODES)[number];

export type ProvinceSummary = {
  slug: string;
  name: string;
  formerName: string | null;
  validUntil: string | null;
  mergedInto: ProvinceLink | null;
  termCount: number;
  /** The weakest attribution among the sources filed under this province: INFERRED or UNCONFIRMED need a warning. */
  attribution: Attribution;
  /** Latest year with an APPROVED report; null when the province has only terms. */
  latestYear: number | null;
  /** Whole-province values (no breakdown) of the latest approved year, one per headline code at most. */
  figures: Partial<Record<HeadlineCode, FigureValue>>;
};

export type ProvinceList = {
  provinces: ProvinceSummary[];
  /** All provinces ever recorded, and today's (validUntil null). */
  counts: { all: number; current: number };
  /** The latest merger date, for "63 before 01/07/2025"; null when no merger is recorded. */
  lastMergerOn: string | null;
};

const approved = { status: "APPROVED" } as const;

// Public read: only APPROVED reports are ever selected.
export const listProvincesWithData = perRequest(async (): Promise<ProvinceList> => {
  const [rows, all, current, lastMerger] = await Promise.all([
    db.province.findMany({
      where: { OR: [{ reports: { some: approved } }, { terms: { some: {} } }] },
      select: {
        slug: true,
        name: true,
        formerName: true,
        validUntil: true,
        _count: { select: { terms: true } },
        sources: { where: { attribution: { not: "STATED" } }, select: { attribution: true } },
        mergedInto: { select: { effectiveDate: true, to: { select: { slug: true, name: true } } }, take: 1 },
        reports: {
          where: approved,
          orderBy: { year: "desc" },
          take: 1,
          select: {
            year: true,
            values: {
              where: { dimension: "", indicator: { code: { in: [...HEADLINE_CODES] } } },
              select: valueSelect,
            },
          },
        },
      },
    }),
    db.province.count(),
    db.province.count({ where: { validUntil: null } }),
    db.provinceMerge.findFirst({ orderBy: { effectiveDate: "desc" }, select: { effectiveDate: true } }),
  ]);

  const provinces = rows.map((row): ProvinceSummary => {
    const report = row.reports[0];
    const merge = row.mergedInto[0];
    return {
      slug: row.slug,
      name: row.name,
      formerName: row.formerName,
      validUntil: isoDate(row.validUntil),
      mergedInto: merge ? { ...merge.to, effectiveDate: isoDate(merge.effectiveDate) } : null,
      termCount: row._count.terms,
      attribution: row.sources.some((s) => s.attribution === "UNCONFIRMED")
        ? "UNCONFIRMED"
        : row.sources.length > 0
          ? "INFERRED"
          : "STATED",
      latestYear: report?.year ?? null,
      figures: report ? pickHeadlines(report.values.map((v) => toFigureValue(v, report.year))) : {},
    };
  });
  // Vietnamese collation ("Đ" after "D"), which the database's collation may not give.
  provinces.sort(byName);

  return { provinces, counts: { all, current }, lastMergerOn: isoDate(lastMerger?.effectiveDate ?? null) };
});

/** One value per code; a value for the year itself wins over a cumulative one ("208 over 2013–2018"). */
function pickHeadlines(values: FigureValue[]): ProvinceSummary["figures"] {
  const out: ProvinceSummary["figures"] = {};
  for (const v of values) {
    const code = v.indicator.code as HeadlineCode;
    const held = out[code];
    if (!held || (held.fromYear !== held.year && v.fromYear === v.year)) out[code] = v;
  }
  return out;
}
