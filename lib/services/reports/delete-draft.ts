// Deletes a mistaken draft (a wrong year, a report started for the wrong province): whoever may edit the
// province's reports may delete its drafts, never a submitted or approved report. The audit entry keeps the
// values as they were, so nothing entered is lost from the record.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/authz";
import { stateRefusal, stepRefusal } from "@/lib/domain/report-workflow";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { provinceBySlug } from "@/lib/queries/province-by-slug";
import { changesSince, yearValues } from "@/lib/queries/report-snapshot";
import { invalidFromZod } from "./problems";
import { withServerCopy } from "./conflict";
import { reportSlot, throwIfRefused } from "./workflow-checks";
import { dropUncitedValueSources, reportSourceKey } from "@/lib/services/sources/access";

export const deleteDraftBody = z.object({
  /** The version the user saw; when given, a report saved since is not deleted (409 with the changes). */
  version: z.number().int().min(1).optional(),
}).strict();

export async function deleteDraft(
  db: PrismaClient,
  { actor, slug, year, body }: { actor: Actor | null; slug: string; year: number; body: unknown },
): Promise<{ deleted: { id: number; year: number; version: number } }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const parsed = deleteDraftBody.safeParse(body ?? {});
  if (!parsed.success) throw invalidFromZod(parsed.error);
  const { version } = parsed.data;
  const province = await provinceBySlug(db, slug);
  throwIfRefused(stepRefusal("delete", reportSlot(province, year), actor), { year });

  return db.$transaction(async (tx) => {
    const current = await tx.yearlyReport.findUnique({ where: { provinceId_year: { provinceId: province.id, year } } });
    if (!current) throw new ServiceError("NOT_FOUND");
    throwIfRefused(stateRefusal("delete", current, actor), { year, status: current.status });
    const values = await yearValues(tx, current.id, year);
    if (version !== undefined && version !== current.version) {
      throw new ServiceError("CONFLICT", { current: { version: current.version, status: current.status, values }, changes: await changesSince(tx, current.id, version) });
    }
    // Only the draft as read: a save or a submit that got in first makes this delete nothing, and a conflict.
    const gone = await tx.yearlyReport.deleteMany({ where: { id: current.id, version: current.version, status: "DRAFT" } });
    if (gone.count === 0) throw new ServiceError("CONFLICT", { current: null, changes: [] });
    // The draft's cited document and its files go with it (decision 0040): nothing else cites report-{id}.
    await tx.source.deleteMany({ where: { key: reportSourceKey(current.id) } });
    await dropUncitedValueSources(tx, current.id);
    await audit(tx, {
      actorId: actor.id, entity: "YearlyReport", entityId: current.id, action: "delete", provinceId: province.id,
      before: { status: current.status, version: current.version, year, values }, after: { status: "DELETED" },
    });
    return { deleted: { id: current.id, year, version: current.version } };
  }).catch(async (e: unknown) => {
    throw await withServerCopy(db, e, { actor, provinceId: province.id, year, version });
  });
}
