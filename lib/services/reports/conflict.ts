// A conflict says what the server holds now and who changed it since the version the writer saw: the same
// payload for the form and for the JSON API (decision 0026).
import "server-only";
import { can, type Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ServiceError } from "@/lib/services/errors";
import { changesSince, yearValues, type ValuesSnapshot } from "@/lib/queries/report-snapshot";
import type { ValueInput } from "@/lib/validation/report-values";

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

/** One field both writers changed to different figures: theirs as stored, with who saved it and when. */
export interface FieldConflict {
  field: string;
  base: ValueInput | null;
  mine: ValueInput | null;
  theirs: ValueInput | null;
  by: string | null;
  at: string | null;
}

export interface ConflictDetails {
  current: ServerCopy | null;
  changes: Change[];
  /** With a save that sent its base: the fields both changed (decision 0041). */
  conflicts?: FieldConflict[];
}

/** Each conflicting field with the latest change that touched it (the audit trail says who and when). */
export function fieldConflicts(codes: string[], copies: { base: ValuesSnapshot; mine: ValuesSnapshot; theirs: ValuesSnapshot }, changes: Change[]): FieldConflict[] {
  return codes.map((field) => {
    const last = changes.findLast((c) => c.changed.includes(field));
    const { base, mine, theirs } = copies;
    return { field, base: base[field] ?? null, mine: mine[field] ?? null, theirs: theirs[field] ?? null, by: last?.by ?? null, at: last?.at ?? null };
  });
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
