// Reads for the yearly report form: the province, the report of the year (any status) with its yearly
// whole-province values and the indicator catalogue, all at once (the last reported figures: lib/queries/last-reported.ts). The page decides with
// can() what of it to show; nothing here is cached, since what is shown depends on who asks.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { IndicatorKind, Qualifier, Unit } from "@/lib/domain/types";
import type { Values } from "@/lib/report-form/form-state";

export interface FormReport {
  id: number;
  status: "DRAFT" | "SUBMITTED" | "APPROVED";
  version: number;
  /** ISO time of the last change: a local draft typed later is offered back. */
  updatedAt: string;
  returnComment: string | null;
}

export interface CatalogueRow {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: Unit;
  kind: IndicatorKind;
  partOfCode: string | null;
  groupKey: string;
}

// Yearly, whole-province values only: breakdowns and cumulative figures are not edited in this form.
const yearly = (year: number) => ({
  where: { dimension: "", fromYear: year },
  select: { qualifier: true, value: true, high: true, explanation: true, indicator: { select: { code: true } } },
});

type Row = { qualifier: Qualifier; value: { toNumber(): number }; high: { toNumber(): number } | null; indicator: { code: string } };

function toValues(rows: Row[]): Values {
  return Object.fromEntries(rows.map((r) => [r.indicator.code, { value: r.value.toNumber(), qualifier: r.qualifier, high: r.high?.toNumber() ?? null }]));
}

export async function loadReportForm(db: PrismaClient, slug: string, year: number) {
  const reportOf = (y: number) =>
    db.yearlyReport.findFirst({
      where: { province: { slug }, year: y },
      select: { id: true, status: true, version: true, updatedAt: true, returnComment: true, submittedById: true, lastEditedById: true, values: yearly(y) },
    });
  const [province, report, catalogue] = await Promise.all([
    db.province.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, validUntil: true, singlePersonApproval: true } }),
    reportOf(year),
    db.indicator.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, nameVi: true, nameEn: true, unit: true, kind: true, partOfCode: true, groupKey: true },
    }),
  ]);
  return {
    province,
    report: report && {
      id: report.id,
      status: report.status,
      version: report.version,
      updatedAt: report.updatedAt.toISOString(),
      returnComment: report.returnComment,
    } satisfies FormReport,
    /** Who may not approve it under the four-eyes rule (lib/domain/report-workflow.ts). */
    authors: { submittedById: report?.submittedById ?? null, lastEditedById: report?.lastEditedById ?? null },
    values: report ? toValues(report.values) : {},
    /** Why a warned value is kept, by indicator (decision 0039). */
    explanations: Object.fromEntries((report?.values ?? []).filter((v) => v.explanation).map((v) => [v.indicator.code, v.explanation!])) as Record<string, string>,
    catalogue: catalogue as CatalogueRow[],
  };
}

/** A province's reports for its index page: every status for those who may see drafts, else approved only. */
export async function reportYears(db: PrismaClient, provinceId: number, withDrafts: boolean) {
  return db.yearlyReport.findMany({
    where: { provinceId, ...(withDrafts ? {} : { status: "APPROVED" as const }) },
    orderBy: { year: "desc" },
    select: { year: true, status: true, version: true, updatedAt: true },
  });
}
