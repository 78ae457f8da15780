// The submission checklist on what is stored (lib/domain/submit-checklist.ts): read inside the submit's
// transaction, so what is checked is what is submitted.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { submitChecklist, type Checklist } from "@/lib/domain/submit-checklist";
import { lastReported } from "@/lib/queries/last-reported";
import { yearValues } from "@/lib/queries/report-snapshot";
import { outlierWarnings, type CatalogueEntry } from "@/lib/validation/report-values";

type Tx = Prisma.TransactionClient;

/** Each value's explanation (whole province, the year's own values). */
async function yearExplanations(tx: Tx, reportId: number, year: number): Promise<Record<string, string>> {
  const rows = await tx.reportValue.findMany({
    where: { reportId, dimension: "", fromYear: year, explanation: { not: null } },
    select: { explanation: true, indicator: { select: { code: true } } },
  });
  return Object.fromEntries(rows.map((r) => [r.indicator.code, r.explanation!]));
}

export async function storedChecklist(
  tx: Tx,
  report: { id: number; provinceId: number; year: number },
  catalogue: (CatalogueEntry & { sortOrder?: number })[],
): Promise<Checklist> {
  const [values, explanations, compared] = await Promise.all([
    yearValues(tx, report.id, report.year), yearExplanations(tx, report.id, report.year), lastReported(tx, report.provinceId, report.year),
  ]);
  const warned = outlierWarnings(values, compared, catalogue).map((w) => w.field);
  return submitChecklist(catalogue.map((c) => c.code), values, warned, explanations);
}
