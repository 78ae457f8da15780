// The checks of a unit that need the database: its union is an LH HTX of the same province, not itself.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fieldErrorFrom, type FieldError } from "@/lib/validation/field-errors";
import { checkUnit, shapeErrors, unitInput, type UnitInput } from "@/lib/validation/register-unit";
import { ServiceError } from "@/lib/services/errors";

type Tx = Prisma.TransactionClient;
const err = fieldErrorFrom("register");

/** Parses the body and applies the rules between fields; throws INVALID with a message per field. */
export function parseUnit(body: unknown): UnitInput {
  const parsed = unitInput.safeParse(body);
  if (!parsed.success) throw new ServiceError("INVALID", { fields: shapeErrors(parsed.error) });
  const problems = checkUnit(parsed.data);
  if (problems.length) throw new ServiceError("INVALID", { fields: problems });
  return parsed.data;
}

export async function unionProblems(tx: Tx, u: UnitInput, provinceId: number, selfId: number | null): Promise<FieldError[]> {
  if (u.unionId === null) return [];
  if (u.unionId === selfId) return [err("unionId", "UNION_SELF")];
  const union = await tx.registerUnit.findUnique({ where: { id: u.unionId }, select: { type: true, provinceId: true, name: true } });
  // Another province's union is reported as unknown: its name is none of this user's business.
  if (!union || union.type !== "LH_HTX" || union.provinceId !== provinceId) return [err("unionId", "UNKNOWN_UNION", { name: String(u.unionId) })];
  return [];
}

/** What the audit log records of a unit. */
export function unitSnapshot(u: UnitInput | Record<string, unknown>) {
  const { name, type, sector, commune, registrationNo, foundedYear, dissolvedYear, members, workers, rating, ratingYear, unionId } = u as UnitInput;
  return { name, type, sector, commune, registrationNo, foundedYear, dissolvedYear, members, workers, rating, ratingYear, unionId };
}
