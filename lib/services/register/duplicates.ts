// When two units of a province's register are the same unit: same name, type and commune, compared with case,
// accents and spacing folded. The import (register-rows.ts) and the form (save-unit.ts) decide with this one key.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FieldError } from "@/lib/validation/field-errors";
import { fieldErrorFrom } from "@/lib/validation/field-errors";
import type { UnitInput } from "@/lib/validation/register-unit";
import { accentInsensitivePattern, foldName } from "@/lib/domain/search-text";

type Tx = Prisma.TransactionClient;
const err = fieldErrorFrom("register");

export const unitKey = (name: string, type: string, commune: string | null) => `${foldName(name)}|${type}|${foldName(commune ?? "")}`;

/**
 * Inside the saving transaction: locks the unit's key for the rest of the transaction (two forms saving the same
 * new unit at once are taken one after the other, and the second sees the first), then refuses the key if
 * another unit of the province holds it. `self` is the unit being edited: it never duplicates itself, and an
 * edit that keeps its key is not refused for a duplicate made before this check existed.
 */
export async function duplicateProblems(tx: Tx, u: UnitInput, provinceId: number, self: { id: number; key: string } | null): Promise<FieldError[]> {
  const key = unitKey(u.name, u.type, u.commune);
  if (self && self.key === key) return [];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`register-unit:${provinceId}:${key}`}))`;
  // Narrowed in SQL by the folded name (any accent or case, any spacing), decided here with the same key.
  const pattern = `^\\s*${accentInsensitivePattern(u.name)}\\s*$`;
  const candidates = await tx.$queryRaw<{ id: number; name: string; commune: string | null }[]>`
    SELECT id, name, commune FROM "RegisterUnit"
    WHERE "provinceId" = ${provinceId} AND type = ${u.type}::"UnitType" AND name ~ ${pattern}`;
  const same = candidates.find((c) => c.id !== self?.id && unitKey(c.name, u.type, c.commune) === key);
  return same ? [err("name", "ALREADY_REGISTERED")] : [];
}
