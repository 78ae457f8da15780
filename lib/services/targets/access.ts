// Who may see and set a province's terms and targets: setting needs can(actor, "target:edit"); seeing the
// dashboard pages also those who may see the province's unpublished work (targets themselves are public).
import { can, type Actor } from "../../authz";
import type { Prisma } from "../../generated/prisma/client";
import { ServiceError } from "../errors";
import { provinceBySlug } from "../reports/load";

type Tx = Prisma.TransactionClient;

export function mayReadTargets(actor: Actor | null, provinceId: number): boolean {
  return can(actor, "target:edit", { provinceId }) || can(actor, "report:read-draft", { provinceId });
}

export function assertTargetAccess(actor: Actor | null, provinceId: number, access: "read" | "edit"): asserts actor is Actor {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  if (!(access === "edit" ? can(actor, "target:edit", { provinceId }) : mayReadTargets(actor, provinceId))) throw new ServiceError("FORBIDDEN");
}

export async function targetProvince(tx: Tx, actor: Actor | null, slug: string, access: "read" | "edit") {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const province = await provinceBySlug(tx, slug);
  assertTargetAccess(actor, province.id, access);
  return province;
}

/** A term of the province by its years ("2018-2023"), or NOT_FOUND. */
export async function termOf(tx: Tx, provinceId: number, startYear: number, endYear: number) {
  const term = await tx.term.findUnique({ where: { provinceId_startYear_endYear: { provinceId, startYear, endYear } } });
  if (!term) throw new ServiceError("NOT_FOUND");
  return term;
}
