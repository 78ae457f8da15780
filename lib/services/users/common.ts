// What the user services share: who may manage users, field errors as a ServiceError, and what the audit log
// records of a user (never the password hash).
import "server-only";
import { can, type Actor } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { FieldError } from "@/lib/validation/field-errors";
import { fieldErrors, type UserFieldError } from "@/lib/validation/users";
import { ServiceError } from "@/lib/services/errors";
import type { z } from "zod";

type Tx = Prisma.TransactionClient;

/** Only those allowed to manage users get past this; the scope is every province (users are not per-province). */
export function assertManager(actor: Actor | null): Actor {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  if (!can(actor, "user:manage", { provinceId: null })) throw new ServiceError("FORBIDDEN");
  return actor;
}

/** Whose words a field's code takes (errors.user or errors.password): the same code reads differently per form. */
type Form = "user" | "password";

export function invalid(fields: UserFieldError[], form: Form = "user"): ServiceError {
  // The codes come from zod's messages (plain strings); a code the catalogue lacks reads as the form's INVALID.
  const located: FieldError[] = fields.map((f) => ({ ...f, key: `${form}.${f.code}` }));
  return new ServiceError("INVALID", { fields: located });
}

/** Parses with the form's schema; a failure becomes field codes with their place in the catalogue. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, form: Form = "user"): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error), form);
  return parsed.data;
}

/** A province named by the form must exist: an unknown id is the form's mistake, not a database error. */
export async function assertProvinceExists(tx: Tx, provinceId: number | null): Promise<void> {
  if (provinceId === null) return;
  const found = await tx.province.findUnique({ where: { id: provinceId }, select: { id: true } });
  if (!found) throw invalid([{ field: "provinceId", code: "UNKNOWN_PROVINCE" }]);
}

export interface UserSnapshot {
  email: string;
  name: string;
  role: Role;
  provinceId: number | null;
  disabled: boolean;
}

export const snapshot = (u: UserSnapshot): UserSnapshot => ({ email: u.email, name: u.name, role: u.role, provinceId: u.provinceId, disabled: u.disabled });

/** Prisma's "unique constraint failed" error, whichever driver adapter raised it. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "P2002";
}
