// Who may change a report's source, and when: exactly who may save its draft, and only while it is a draft
// (lib/domain/report-workflow.ts, step "save"). The report's row is locked for the rest of the transaction, so a
// submit or an approval waits for the change and a published citation can only change through reopen → draft →
// approve, which advances the published generation (decision 0016, decision 0040).
import "server-only";
import type { Actor } from "@/lib/authz";
import { stateRefusal, stepRefusal } from "@/lib/domain/report-workflow";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { provinceBySlug } from "@/lib/queries/province-by-slug";
import { ServiceError } from "@/lib/services/errors";
import { reportSlot, throwIfRefused } from "@/lib/services/reports/workflow-checks";
import { fieldErrorFrom } from "@/lib/validation/field-errors";

export const sourceError = fieldErrorFrom("source");

/** The province as stored, once `actor` may edit its report of `year` (before any upload is read). */
export async function sourceEditProvince(db: PrismaClient | Prisma.TransactionClient, actor: Actor | null, slug: string, year: number) {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const province = await provinceBySlug(db, slug);
  throwIfRefused(stepRefusal("save", reportSlot(province, year), actor), { year });
  return { province, actor };
}

/** The draft report, locked until the transaction ends; refused as the workflow refuses a save. */
export async function lockedDraft(tx: Prisma.TransactionClient, provinceId: number, year: number, actor: Actor) {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "YearlyReport" WHERE "provinceId" = ${provinceId} AND "year" = ${year} FOR UPDATE`;
  if (!locked.length) throw new ServiceError("INVALID", { fields: [sourceError("documentNo", "NO_REPORT")] });
  const report = await tx.yearlyReport.findUniqueOrThrow({ where: { id: locked[0].id } });
  throwIfRefused(stateRefusal("save", report, actor), { year, status: report.status });
  return report;
}

/** The key of the Source row a report's citation is kept in. */
export const reportSourceKey = (reportId: number) => `report-${reportId}`;

/** The key of the Source row one value's own citation is kept in (the report's key, then the indicator's code). */
export const valueSourceKey = (reportId: number, code: string) => `${reportSourceKey(reportId)}-${code}`;

/** The report's yearly value of `code` (whole province), which a value's citation is for; a field error when none. */
export async function citedValue(tx: Prisma.TransactionClient, report: { id: number; year: number }, code: string) {
  const value = await tx.reportValue.findFirst({
    where: { reportId: report.id, dimension: "", fromYear: report.year, indicator: { code } },
    select: { id: true, sourceId: true, source: { select: { key: true, documentNo: true, publishedOn: true, publisher: true } } },
  });
  if (!value) throw new ServiceError("INVALID", { fields: [sourceError("indicator", "NO_VALUE")] });
  return value;
}

/** Deletes the values' citations whose value is gone (a draft save dropped it, or the draft was deleted). */
export const dropUncitedValueSources = (tx: Prisma.TransactionClient, reportId: number) =>
  tx.source.deleteMany({ where: { key: { startsWith: `${reportSourceKey(reportId)}-` }, values: { none: {} } } });
