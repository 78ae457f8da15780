// A report as stored, for the writes that compare against it: its editable values (whole province, the year's
// own values) as a plain map, which the form edits, the audit log records and a conflict shows; and who changed
// it since a version, and which values.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ValueInput } from "@/lib/validation/report-values";

type Tx = Prisma.TransactionClient;
export type ValuesSnapshot = Record<string, ValueInput>;

export async function yearValues(tx: Tx, reportId: number, year: number): Promise<ValuesSnapshot> {
  const rows = await tx.reportValue.findMany({
    where: { reportId, dimension: "", fromYear: year },
    select: { qualifier: true, value: true, high: true, indicator: { select: { code: true } } },
  });
  return Object.fromEntries(rows.map((r) => [r.indicator.code, { value: r.value.toNumber(), qualifier: r.qualifier, high: r.high?.toNumber() ?? null }]));
}

/** Who changed the report since `version`, and which values: what a conflict message shows. */
export async function changesSince(tx: Tx, reportId: number, version: number) {
  const entries = await tx.auditEntry.findMany({
    where: { entity: "YearlyReport", entityId: String(reportId) },
    orderBy: { at: "asc" },
    select: { at: true, action: true, after: true, actor: { select: { name: true, email: true } } },
  });
  return entries
    .filter((e) => ((e.after as { version?: number } | null)?.version ?? 0) > version)
    .map((e) => ({ at: e.at.toISOString(), action: e.action, by: e.actor?.name ?? null, changed: (e.after as { changed?: string[] } | null)?.changed ?? [] }));
}
