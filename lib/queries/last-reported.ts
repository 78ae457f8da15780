// Each indicator's figure in the latest earlier year that has one: what the report form shows beside a field and
// the outlier check compares with. Not only the calendar year before: a province that skipped 2022 is compared
// with 2021, and the year is said ("Năm trước có số liệu: 2021").
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ValueInput } from "@/lib/validation/report-values";

export type LastReported = Record<string, ValueInput & { year: number }>;

/** `approvedOnly` for those who may not see drafts: they are compared with published figures only. */
export async function lastReported(tx: Prisma.TransactionClient, provinceId: number, year: number, { approvedOnly = false } = {}): Promise<LastReported> {
  const rows = await tx.reportValue.findMany({
    where: { dimension: "", fromYear: { lt: year }, report: { provinceId, year: { lt: year }, ...(approvedOnly ? { status: "APPROVED" as const } : {}) } },
    select: { qualifier: true, value: true, high: true, fromYear: true, report: { select: { year: true } }, indicator: { select: { code: true } } },
  });
  const out: LastReported = {};
  // A report's own year only: the figures it carries for earlier years are not that year's report.
  for (const r of rows.filter((r) => r.fromYear === r.report.year).sort((a, b) => b.fromYear - a.fromYear)) {
    out[r.indicator.code] ??= { value: r.value.toNumber(), qualifier: r.qualifier, high: r.high?.toNumber() ?? null, year: r.fromYear };
  }
  return out;
}
