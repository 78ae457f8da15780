import type { Prisma } from "../../generated/prisma/client";
import { ServiceError } from "../errors";

type Tx = Prisma.TransactionClient;

/** The province named in the URL, as the server knows it: its id, not the client's, scopes every check. */
export async function provinceBySlug(tx: Tx, slug: string) {
  const p = await tx.province.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, validUntil: true } });
  if (!p) throw new ServiceError("NOT_FOUND");
  return p;
}

/** A report can only be written for a year at whose end the province still existed. */
export function assertProvinceOpen(p: { validUntil: Date | null }, year: number): void {
  if (p.validUntil && p.validUntil < new Date(`${year}-12-31T00:00:00Z`)) throw new ServiceError("PROVINCE_CLOSED");
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
