// Adds a term (nhiệm kỳ) to a province: years checked (end after start, at most 10 years), one term per
// province and pair of years, with a message rather than the unique index's error.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fieldErrorFrom } from "@/lib/validation/field-errors";
import { checkTerm, defaultTermLabel, shapeErrors, termInput } from "@/lib/validation/target";
import { advancePublicGeneration, publishedGenerationChanged } from "@/lib/cache/generation";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { targetProvince } from "./access";

const err = fieldErrorFrom("target");

export async function createTerm(db: PrismaClient, { actor, slug, body }: { actor: Actor | null; slug: string; body: unknown }) {
  const province = await targetProvince(db, actor, slug, "edit");
  const parsed = termInput.safeParse(body);
  if (!parsed.success) throw new ServiceError("INVALID", { fields: shapeErrors(parsed.error) });
  const input = parsed.data;
  const problems = checkTerm(input);
  if (problems.length) throw new ServiceError("INVALID", { fields: problems });
  const exists = () => new ServiceError("INVALID", { fields: [err("startYear", "TERM_EXISTS", { years: `${input.startYear}–${input.endYear}` })] });
  const created = await db.$transaction(async (tx) => {
    if (await tx.term.findUnique({ where: { provinceId_startYear_endYear: { provinceId: province.id, startYear: input.startYear, endYear: input.endYear } } })) throw exists();
    const data = { provinceId: province.id, congress: input.congress, startYear: input.startYear, endYear: input.endYear, label: input.label || defaultTermLabel(input), note: input.note };
    // Two people adding the same term at once: the unique index decides, and the loser gets the same message.
    const term = await tx.term.create({ data }).catch((e: { code?: string }) => { throw e.code === "P2002" ? exists() : e; });
    await audit(tx, { actorId: actor!.id, entity: "Term", entityId: term.id, action: "create", provinceId: province.id, after: data });
    // The province and term pages list the province's terms.
    return { id: term.id, years: `${term.startYear}-${term.endYear}`, generation: await advancePublicGeneration(tx) };
  });
  publishedGenerationChanged(created.generation);
  return { id: created.id, years: created.years };
}
