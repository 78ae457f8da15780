// can() as the services ask it: a refusal becomes the service's error, and the province named in an address is
// looked up and checked in one step, so the scope is always the province as stored, never one sent by the client.
import "server-only";
import { can, type Action, type Actor, type Scope } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ServiceError } from "@/lib/services/errors";
import { provinceBySlug } from "@/lib/queries/province-by-slug";

export function authorize(actor: Actor | null, action: Action, scope: Scope): asserts actor is Actor {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  if (!can(actor, action, scope)) throw new ServiceError("FORBIDDEN");
}

/** The province of `slug` as stored, once `actor` may do `action` in it (NOT_SIGNED_IN, NOT_FOUND, FORBIDDEN). */
export async function provinceFor(tx: Prisma.TransactionClient, actor: Actor | null, slug: string, action: Action) {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const province = await provinceBySlug(tx, slug);
  authorize(actor, action, { provinceId: province.id });
  return province;
}
