// A report's editable values (whole province, the year's own values) as a plain map: what the form edits, what
// the audit log records before and after, and what a conflict shows.
import type { Prisma } from "../../generated/prisma/client";
import type { ValueInput } from "../../validation/report-values";

type Tx = Prisma.TransactionClient;
export type ValuesSnapshot = Record<string, ValueInput>;

export async function yearValues(tx: Tx, reportId: number, year: number): Promise<ValuesSnapshot> {
  const rows = await tx.reportValue.findMany({
    where: { reportId, dimension: "", fromYear: year },
    select: { qualifier: true, value: true, high: true, indicator: { select: { code: true } } },
  });
  return Object.fromEntries(rows.map((r) => [r.indicator.code, { value: r.value.toNumber(), qualifier: r.qualifier, high: r.high?.toNumber() ?? null }]));
}

/** The codes whose value differs between two snapshots (added, removed or changed). */
export function changedCodes(a: ValuesSnapshot, b: ValuesSnapshot): string[] {
  const codes = new Set([...Object.keys(a), ...Object.keys(b)]);
  const same = (x?: ValueInput, y?: ValueInput) => !!x && !!y && x.value === y.value && x.qualifier === y.qualifier && (x.high ?? null) === (y.high ?? null);
  return [...codes].filter((c) => !same(a[c], b[c])).sort();
}
