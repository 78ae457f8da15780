// Sets one target of a term: creates it, or edits the target `id` of the same term. The term and province are
// found from the URL's slug and years on the server; the rules of the kinds (lib/validation/target.ts) apply,
// one target per term and indicator (a message, not the unique index's error). Public pages show targets, so
// their cache is refreshed after the change.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { advancePublicGeneration, publishedGenerationChanged } from "@/lib/cache/generation";
import { fieldErrorFrom } from "@/lib/validation/field-errors";
import { checkTarget, shapeErrors, targetInput } from "@/lib/validation/target";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { targetProvince, termOf } from "./access";
import { targetSnapshot } from "./snapshot";

const err = fieldErrorFrom("target");

interface Args {
  actor: Actor | null;
  slug: string;
  startYear: number;
  endYear: number;
  /** The target to edit; absent to add one. */
  id?: number;
  body: unknown;
}

export async function saveTarget(db: PrismaClient, { actor, slug, startYear, endYear, id, body }: Args) {
  const province = await targetProvince(db, actor, slug, "edit");
  const term = await termOf(db, province.id, startYear, endYear);
  const parsed = targetInput.safeParse(body);
  if (!parsed.success) throw new ServiceError("INVALID", { fields: shapeErrors(parsed.error) });
  const input = parsed.data;
  const indicator = await db.indicator.findUnique({ where: { code: input.indicator } });
  if (!indicator) throw new ServiceError("INVALID", { fields: [err("indicator", "UNKNOWN_INDICATOR")] });
  const problems = checkTarget(input, { code: indicator.code, name: indicator.nameVi, kind: indicator.kind, unit: indicator.unit }, term);
  if (input.sourceId !== null && !(await db.source.findUnique({ where: { id: input.sourceId }, select: { id: true } }))) problems.push(err("sourceId", "UNKNOWN_SOURCE"));
  if (problems.length) throw new ServiceError("INVALID", { fields: problems });

  const duplicate = () => new ServiceError("INVALID", { fields: [err("indicator", "DUPLICATE_TARGET", { name: indicator.nameVi })] });
  const data = { indicatorId: indicator.id, kind: input.kind, year: input.year, min: input.min, max: input.max, qualifier: input.qualifier, sourceId: input.sourceId, note: input.note };
  const saved = await db.$transaction(async (tx) => {
    const other = await tx.target.findUnique({ where: { termId_indicatorId: { termId: term.id, indicatorId: indicator.id } }, include: { indicator: true } });
    if (other && other.id !== id) throw duplicate();
    const onUnique = (e: { code?: string }) => { throw e.code === "P2002" ? duplicate() : e; };
    if (id === undefined) {
      const created = await tx.target.create({ data: { ...data, termId: term.id } }).catch(onUnique);
      await audit(tx, { actorId: actor!.id, entity: "Target", entityId: created.id, action: "create", provinceId: province.id, after: targetSnapshot({ ...created, indicator }) });
      return { id: created.id, generation: await advancePublicGeneration(tx) };
    }
    const before = await tx.target.findUnique({ where: { id }, include: { indicator: true } });
    // A target of another term (or province) is "not found" here: the URL's term decides.
    if (!before || before.termId !== term.id) throw new ServiceError("NOT_FOUND");
    const updated = await tx.target.update({ where: { id }, data }).catch(onUnique);
    await audit(tx, { actorId: actor!.id, entity: "Target", entityId: id, action: "update", provinceId: province.id, before: targetSnapshot(before), after: targetSnapshot({ ...updated, indicator }) });
    return { id: updated.id, generation: await advancePublicGeneration(tx) };
  });
  publishedGenerationChanged(saved.generation);
  return { id: saved.id };
}
