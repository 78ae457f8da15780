// Who may see and who may change a province's register: can(actor, "register:read" | "register:edit") with the
// province the server finds for the slug or the unit (lib/services/authorize.ts).
import "server-only";
import type { Actor } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize, provinceFor } from "@/lib/services/authorize";

export type RegisterAccess = "read" | "edit";

export function assertRegisterAccess(actor: Actor | null, provinceId: number, access: RegisterAccess): asserts actor is Actor {
  authorize(actor, `register:${access}`, { provinceId });
}

/** The province of `slug` as stored, after checking the actor may read or edit its register. */
export function registerProvince(tx: Prisma.TransactionClient, actor: Actor | null, slug: string, access: RegisterAccess) {
  return provinceFor(tx, actor, slug, `register:${access}`);
}
