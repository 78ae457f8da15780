// Adds a term (nhiệm kỳ) to a province: years checked (end after start, at most 10 years), one term per
// province and pair of years, with a message rather than the unique index's error.
import type { Actor } from "../../authz";
import type { PrismaClient } from "../../generated/prisma/client";
import { fieldErrorFrom } from "../../validation/field-errors";
import { TARGET_MESSAGES } from "../../validation/target-messages";
import { checkTerm, defaultTermLabel, shapeErrors, termInput } from "../../validation/target";
import { advancePublicGeneration, publishedGenerationChanged } from "../../cache/generation";
import { audit } from "../audit";
import { ServiceError } from "../errors";
import { targetProvince } from "./access";

const err = fieldErrorFrom(TARGET_MESSAGES);

export async function createTerm(db: PrismaClient, { actor, slug, body }: { actor: Actor | null; slug: string; body: unknown }) {
  const province = await targetProvince(db, actor, slug, "edit");
  const parsed = termInput.safeParse(body);
  if (!parsed.success) throw new ServiceError("INVALID", { fields: shapeErrors(parsed.error) });
  const t = parsed.data;
  const problems = checkTerm(t);
  if (problems.length) throw new ServiceError("INVALID", { fields: problems });
  const exists = () => new ServiceError("INVALID", { fields: [err("startYear", "TERM_EXISTS", { years: `${t.startYear}–${t.endYear}` })] });
  const created = await db.$transaction(async (tx) => {
    if (await tx.term.findUnique({ where: { provinceId_startYear_endYear: { provinceId: province.id, startYear: t.startYear, endYear: t.endYear } } })) throw exists();
    const data = { provinceId: province.id, congress: t.congress, startYear: t.startYear, endYear: t.endYear, label: t.label || defaultTermLabel(t), note: t.note };
    // Two people adding the same term at once: the unique index decides, and the loser gets the same message.
    const term = await tx.term.create({ data }).catch((e: { code?: string }) => { throw e.code === "P2002" ? exists() : e; });
    await audit(tx, { actorId: actor!.id, entity: "Term", entityId: term.id, action: "create", provinceId: province.id, after: data });
    // The province and term pages list the province's terms.
    return { id: term.id, years: `${term.startYear}-${term.endYear}`, generation: await advancePublicGeneration(tx) };
  });
  publishedGenerationChanged(created.generation);
  return { id: created.id, years: created.years };
}
