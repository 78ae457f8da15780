// Marks a unit dissolved in a year (not before it was founded, not after this year). Reversible: editing the
// unit with the year cleared restores it; both are audited.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fieldErrorFrom } from "@/lib/validation/field-errors";
import { currentYear, FIRST_YEAR } from "@/lib/validation/register-unit";
import { advancePublicGeneration, publishedGenerationChanged } from "@/lib/cache/generation";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { assertRegisterAccess } from "./access";

const err = fieldErrorFrom("register");
export const dissolveBody = z.object({ year: z.number().int() }).strict();

export async function dissolveUnit(db: PrismaClient, { actor, id, body }: { actor: Actor | null; id: number; body: unknown }) {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const stored = await db.registerUnit.findUnique({ where: { id }, include: { province: { select: { slug: true } } } });
  if (!stored) throw new ServiceError("NOT_FOUND");
  assertRegisterAccess(actor, stored.provinceId, "edit");
  const parsed = dissolveBody.safeParse(body);
  if (!parsed.success) throw new ServiceError("INVALID", { fields: [err("dissolvedYear", "NOT_YEAR", { min: FIRST_YEAR, max: currentYear() })] });
  const { year } = parsed.data;
  if (year < FIRST_YEAR || year > currentYear()) throw new ServiceError("INVALID", { fields: [err("dissolvedYear", "NOT_YEAR", { min: FIRST_YEAR, max: currentYear() })] });
  if (year < stored.foundedYear) throw new ServiceError("INVALID", { fields: [err("dissolvedYear", "DISSOLVED_BEFORE_FOUNDED", { year: stored.foundedYear })] });
  const dissolved = await db.$transaction(async (tx) => {
    await tx.registerUnit.update({ where: { id }, data: { dissolvedYear: year } });
    await audit(tx, { actorId: actor.id, entity: "RegisterUnit", entityId: id, action: "dissolve", provinceId: stored.provinceId, before: { dissolvedYear: stored.dissolvedYear }, after: { dissolvedYear: year } });
    // The province page draws the register by sector.
    return { id, provinceSlug: stored.province.slug, generation: await advancePublicGeneration(tx) };
  });
  publishedGenerationChanged(dissolved.generation);
  return { id: dissolved.id, provinceSlug: dissolved.provinceSlug };
}
