// A conflict says what the server holds now and who changed it since the version the writer saw: the same
// payload for the form and for the JSON API (decision 0026).
import "server-only";
import { can, type Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ServiceError } from "@/lib/services/errors";
import { changesSince, yearValues, type ValuesSnapshot } from "@/lib/queries/report-snapshot";

export interface Change {
  at: string;
  action: string;
  by: string | null;
  changed: string[];
}

export interface ServerCopy {
  version: number;
  status: string;
  values: ValuesSnapshot;
}

export interface ConflictDetails {
  current: ServerCopy | null;
  changes: Change[];
}

/**
 * A conflict found as a race (two first saves, or two writes at the same instant) has no server copy inside
 * the transaction that lost: look it up once that transaction is over, for those who may read the draft, so
 * that every caller can compare and choose rather than only read "conflict". Any other error passes unchanged.
 */
export async function withServerCopy(
  db: PrismaClient,
  err: unknown,
  { actor, provinceId, year, version }: { actor: Actor; provinceId: number; year: number; version: number | undefined },
): Promise<unknown> {
  if (!(err instanceof ServiceError) || err.code !== "CONFLICT" || (err.details as Partial<ConflictDetails> | undefined)?.current) return err;
  if (!can(actor, "report:read-draft", { provinceId })) return err;
  const report = await db.yearlyReport.findUnique({ where: { provinceId_year: { provinceId, year } }, select: { id: true, version: true, status: true } });
  if (!report) return err;
  const [values, changes] = await Promise.all([yearValues(db, report.id, year), changesSince(db, report.id, version ?? 0)]);
  const details: ConflictDetails = { current: { version: report.version, status: report.status, values }, changes };
  return new ServiceError("CONFLICT", { ...details });
}
