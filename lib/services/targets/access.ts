// Who may see and set a province's terms and targets: can(actor, "target:read" | "target:edit") with the province
// the server finds for the slug (lib/services/authorize.ts).
import "server-only";
import type { Actor } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
import { provinceFor } from "@/lib/services/authorize";
import { ServiceError } from "@/lib/services/errors";

type Tx = Prisma.TransactionClient;

export function targetProvince(tx: Tx, actor: Actor | null, slug: string, access: "read" | "edit") {
  return provinceFor(tx, actor, slug, `target:${access}`);
}

/** A term of the province by its years ("2018-2023"), or NOT_FOUND. */
export async function termOf(tx: Tx, provinceId: number, startYear: number, endYear: number) {
  const term = await tx.term.findUnique({ where: { provinceId_startYear_endYear: { provinceId, startYear, endYear } } });
  if (!term) throw new ServiceError("NOT_FOUND");
  return term;
}
