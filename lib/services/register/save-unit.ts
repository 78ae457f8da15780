// Creates or edits a unit of the register. The province is the one of the URL's slug (create) or of the stored
// unit (edit), never one sent by the form; each change is audited in its transaction.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fieldErrorFrom } from "@/lib/validation/field-errors";
import { advancePublicGeneration, publishedGenerationChanged } from "@/lib/cache/generation";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { assertRegisterAccess, registerProvince } from "./access";
import { duplicateProblems, unitKey } from "./duplicates";
import { parseUnit, unionProblems, unitSnapshot } from "./unit-rules";

const err = fieldErrorFrom("register");

export async function createUnit(db: PrismaClient, { actor, slug, body }: { actor: Actor | null; slug: string; body: unknown }) {
  const province = await registerProvince(db, actor, slug, "edit");
  const input = parseUnit(body);
  const created = await db.$transaction(async (tx) => {
    const problems = [...(await unionProblems(tx, input, province.id, null)), ...(await duplicateProblems(tx, input, province.id, null))];
    if (problems.length) throw new ServiceError("INVALID", { fields: problems });
    const unit = await tx.registerUnit.create({ data: { ...input, provinceId: province.id } });
    await audit(tx, { actorId: actor!.id, entity: "RegisterUnit", entityId: unit.id, action: "create", provinceId: province.id, after: unitSnapshot(input) });
    // The province page draws the register by sector.
    return { id: unit.id, provinceSlug: province.slug, generation: await advancePublicGeneration(tx) };
  });
  publishedGenerationChanged(created.generation);
  return { id: created.id, provinceSlug: created.provinceSlug };
}

export async function updateUnit(db: PrismaClient, { actor, id, body }: { actor: Actor | null; id: number; body: unknown }) {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const stored = await db.registerUnit.findUnique({ where: { id }, include: { province: { select: { slug: true } } } });
  if (!stored) throw new ServiceError("NOT_FOUND");
  assertRegisterAccess(actor, stored.provinceId, "edit");
  const input = parseUnit(body);
  const updated = await db.$transaction(async (tx) => {
    const problems = await unionProblems(tx, input, stored.provinceId, id);
    problems.push(...(await duplicateProblems(tx, input, stored.provinceId, { id, key: unitKey(stored.name, stored.type, stored.commune) })));
    if (stored.type === "LH_HTX" && input.type !== "LH_HTX") {
      const members = await tx.registerUnit.count({ where: { unionId: id } });
      if (members) problems.push(err("type", "UNION_HAS_MEMBERS", { count: members }));
    }
    if (problems.length) throw new ServiceError("INVALID", { fields: problems });
    const before = await tx.registerUnit.findUniqueOrThrow({ where: { id } });
    await tx.registerUnit.update({ where: { id }, data: input });
    const action = before.dissolvedYear !== null && input.dissolvedYear === null ? "restore" : "update";
    await audit(tx, { actorId: actor.id, entity: "RegisterUnit", entityId: id, action, provinceId: stored.provinceId, before: unitSnapshot(before), after: unitSnapshot(input) });
    return { id, provinceSlug: stored.province.slug, generation: await advancePublicGeneration(tx) };
  });
  publishedGenerationChanged(updated.generation);
  return { id: updated.id, provinceSlug: updated.provinceSlug };
}
