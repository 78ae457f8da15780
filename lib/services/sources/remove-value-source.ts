// Removes one value's own citation (decision 0040): the value falls back to its report's source, and the Source row
// kept for it (`report-{id}-{code}`) is deleted. The same rules as citing it: a draft, by whoever may save it,
// under the report's row lock. DELETE /api/v1/provinces/{slug}/reports/{year}/source?indicator=code and the form.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/queries/shapes";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { checkIndicator } from "@/lib/validation/report-source";
import { citedValue, lockedDraft, sourceEditProvince, sourceError, valueSourceKey } from "./access";

export async function removeValueSource(
  db: PrismaClient,
  { actor, slug, year, indicator }: { actor: Actor | null; slug: string; year: number; indicator: unknown },
): Promise<{ removed: { indicator: string; key: string } }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const code = checkIndicator(indicator);
  if (!code.ok) throw new ServiceError("INVALID", { fields: [code.problem] });
  const { province } = await sourceEditProvince(db, actor, slug, year);
  return db.$transaction(async (tx) => {
    const report = await lockedDraft(tx, province.id, year, actor);
    const value = await citedValue(tx, report, code.code);
    const key = valueSourceKey(report.id, code.code);
    // Only a citation staff made here: a seeded value's article is no one's to delete from this form.
    if (value.source?.key !== key) throw new ServiceError("INVALID", { fields: [sourceError("indicator", "NO_VALUE_SOURCE")] });
    // The value's sourceId is set to null by the foreign key (onDelete: SetNull).
    await tx.source.delete({ where: { key } });
    const { documentNo, publishedOn, publisher } = value.source;
    await audit(tx, {
      actorId: actor.id, entity: "YearlyReport", entityId: report.id, action: "remove-value-source", provinceId: province.id,
      before: { indicator: code.code, source: { documentNo, issuedOn: isoDate(publishedOn), issuer: publisher } }, after: { indicator: code.code },
    });
    return { removed: { indicator: code.code, key } };
  });
}
