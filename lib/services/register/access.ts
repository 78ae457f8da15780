// Who may see and who may change a province's register. Editing: can(actor, "register:edit"). Seeing the list:
// the same people, plus those who may see the province's unpublished work (can "report:read-draft": the
// committee, for every province). The province is always the one the server finds for the slug or the unit.
import { can, type Actor } from "../../authz";
import type { Prisma } from "../../generated/prisma/client";
import { ServiceError } from "../errors";
import { provinceBySlug } from "../reports/load";

type Tx = Prisma.TransactionClient;
export type RegisterAccess = "read" | "edit";

export function mayReadRegister(actor: Actor | null, provinceId: number): boolean {
  return can(actor, "register:edit", { provinceId }) || can(actor, "report:read-draft", { provinceId });
}

export function assertRegisterAccess(actor: Actor | null, provinceId: number, access: RegisterAccess): asserts actor is Actor {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const ok = access === "edit" ? can(actor, "register:edit", { provinceId }) : mayReadRegister(actor, provinceId);
  if (!ok) throw new ServiceError("FORBIDDEN");
}

/** The province of `slug` as stored, after checking the actor may read or edit its register. */
export async function registerProvince(tx: Tx, actor: Actor | null, slug: string, access: RegisterAccess) {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const province = await provinceBySlug(tx, slug);
  assertRegisterAccess(actor, province.id, access);
  return province;
}
