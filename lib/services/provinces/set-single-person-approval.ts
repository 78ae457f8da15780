// An administrator's exception to the four-eyes rule (lib/domain/report-workflow.ts): in a province with
// a single member of staff, that person may submit and approve the same report. Off by default, set per
// province, audited; approvals made under it are marked in the audit log (after.singlePerson).
import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { invalidFromZod } from "@/lib/services/reports/problems";

const body = z.object({ slug: z.string().max(64), allowed: z.boolean() }).strict();

export async function setSinglePersonApproval(db: PrismaClient, { actor, input }: { actor: Actor | null; input: unknown }) {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const parsed = body.safeParse(input);
  if (!parsed.success) throw invalidFromZod(parsed.error);
  const { slug, allowed } = parsed.data;
  return db.$transaction(async (tx) => {
    const p = await tx.province.findUnique({ where: { slug }, select: { id: true, singlePersonApproval: true } });
    if (!p) throw new ServiceError("NOT_FOUND");
    if (!can(actor, "province:configure", { provinceId: p.id })) throw new ServiceError("FORBIDDEN");
    if (p.singlePersonApproval === allowed) return { slug, allowed, changed: false };
    await tx.province.update({ where: { id: p.id }, data: { singlePersonApproval: allowed } });
    await audit(tx, {
      actorId: actor.id, entity: "Province", entityId: p.id, action: "single-person-approval", provinceId: p.id,
      before: { singlePersonApproval: p.singlePersonApproval }, after: { singlePersonApproval: allowed },
    });
    return { slug, allowed, changed: true };
  });
}
