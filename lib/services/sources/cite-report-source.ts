// Saves the citation of a report's source document: number, date of issue, issuer (decision 0040). The same
// service behind the form's action and PUT /api/v1/provinces/{slug}/reports/{year}/source.
import "server-only";
import type { Actor } from "@/lib/authz";
import { citationText } from "@/lib/format/citation";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getMessages } from "@/lib/i18n/messages";
import { isoDate } from "@/lib/queries/shapes";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { invalidFromZod } from "@/lib/services/reports/problems";
import { checkCitation, citationBody } from "@/lib/validation/report-source";
import { lockedDraft, reportSourceKey, sourceEditProvince } from "./access";

export interface CitationSaved {
  source: { key: string; documentNo: string; issuedOn: string; issuer: string; citation: string };
}

export async function citeReportSource(
  db: PrismaClient,
  { actor, slug, year, body, now = new Date() }: { actor: Actor | null; slug: string; year: number; body: unknown; now?: Date },
): Promise<CitationSaved> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const parsed = citationBody.safeParse(body ?? {});
  if (!parsed.success) throw invalidFromZod(parsed.error);
  const checked = checkCitation(parsed.data, now);
  if (!checked.ok) throw new ServiceError("INVALID", { fields: checked.problems });
  const { documentNo, issuedOn, issuer } = checked.citation;
  const { province } = await sourceEditProvince(db, actor, slug, year);
  // The title is the Vietnamese citation: what lists that show a source's title only (slides' notes) print.
  const title = citationText({ documentNo, publishedOn: issuedOn, publisher: issuer }, "vi", getMessages("vi"));

  return db.$transaction(async (tx) => {
    const report = await lockedDraft(tx, province.id, year, actor);
    const key = reportSourceKey(report.id);
    const before = await tx.source.findUnique({ where: { key }, select: { documentNo: true, publishedOn: true, publisher: true } });
    const data = { title, documentNo, publishedOn: issuedOn, publisher: issuer, provinceId: province.id, attribution: "STATED" as const };
    const source = await tx.source.upsert({ where: { key }, create: { key, ...data }, update: data });
    if (report.sourceId !== source.id) await tx.yearlyReport.update({ where: { id: report.id }, data: { sourceId: source.id } });
    const saved = { documentNo, issuedOn: isoDate(issuedOn), issuer };
    await audit(tx, {
      actorId: actor.id, entity: "YearlyReport", entityId: report.id, action: "cite-source", provinceId: province.id,
      before: before ? { source: { documentNo: before.documentNo, issuedOn: isoDate(before.publishedOn), issuer: before.publisher } } : {},
      after: { source: saved },
    });
    return { source: { key, ...saved, citation: title } };
  });
}
