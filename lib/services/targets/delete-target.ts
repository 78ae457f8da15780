// Removes a target of a term (the page asks for confirmation first); audited with what was removed.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { advancePublicGeneration, publishedGenerationChanged } from "@/lib/cache/generation";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { targetProvince, termOf } from "./access";
import { targetSnapshot } from "./snapshot";

export async function deleteTarget(db: PrismaClient, { actor, slug, startYear, endYear, id }: { actor: Actor | null; slug: string; startYear: number; endYear: number; id: number }) {
  const province = await targetProvince(db, actor, slug, "edit");
  const term = await termOf(db, province.id, startYear, endYear);
  const generation = await db.$transaction(async (tx) => {
    const before = await tx.target.findUnique({ where: { id }, include: { indicator: true } });
    if (!before || before.termId !== term.id) throw new ServiceError("NOT_FOUND");
    await tx.target.delete({ where: { id } });
    await audit(tx, { actorId: actor!.id, entity: "Target", entityId: id, action: "delete", provinceId: province.id, before: targetSnapshot(before) });
    return advancePublicGeneration(tx);
  });
  publishedGenerationChanged(generation);
}
