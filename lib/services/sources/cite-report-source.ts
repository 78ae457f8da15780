// Saves the citation of a report's source document: number, date of issue, issuer (decision 0040); with an
// indicator's code, the citation of that one value instead, kept in its own Source row (`report-{id}-{code}`) and
// linked by the value's sourceId. The same service behind the form's actions and
// PUT /api/v1/provinces/{slug}/reports/{year}/source[?indicator=code].
import "server-only";
import type { Actor } from "@/lib/authz";
import { citationText } from "@/lib/format/citation";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getMessages } from "@/lib/i18n/messages";
import { isoDate } from "@/lib/queries/shapes";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { invalidFromZod } from "@/lib/services/reports/problems";
import { checkCitation, checkIndicator, citationBody } from "@/lib/validation/report-source";
import { citedValue, lockedDraft, reportSourceKey, sourceEditProvince, sourceError, valueSourceKey } from "./access";

export interface CitationSaved {
  source: { key: string; documentNo: string; issuedOn: string; issuer: string; citation: string };
  /** The value's code, when the citation is one value's. */
  indicator?: string;
}

/** `indicator`: absent for the report's citation; otherwise the code of the value to cite (refused when empty). */
type Input = { actor: Actor | null; slug: string; year: number; body: unknown; indicator?: unknown; now?: Date };

export async function citeReportSource(
  db: PrismaClient,
  { actor, slug, year, body, indicator, now = new Date() }: Input,
): Promise<CitationSaved> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const parsed = citationBody.safeParse(body ?? {});
  if (!parsed.success) throw invalidFromZod(parsed.error);
  const checked = checkCitation(parsed.data, now);
  const code = indicator === undefined ? null : checkIndicator(indicator);
  const problems = [...(code && !code.ok ? [code.problem] : []), ...(checked.ok ? [] : checked.problems)];
  if (problems.length || !checked.ok) throw new ServiceError("INVALID", { fields: problems });
  const { documentNo, issuedOn, issuer } = checked.citation;
  const { province } = await sourceEditProvince(db, actor, slug, year);
  const valueCode = code?.ok ? code.code : null;
  if (valueCode && !(await db.indicator.findUnique({ where: { code: valueCode }, select: { id: true } }))) {
    throw new ServiceError("INVALID", { fields: [sourceError("indicator", "UNKNOWN_INDICATOR")] });
  }
  // The title is the Vietnamese citation: what lists that show a source's title only (slides' notes) print.
  const title = citationText({ documentNo, publishedOn: issuedOn, publisher: issuer }, "vi", getMessages("vi"));

  return db.$transaction(async (tx) => {
    const report = await lockedDraft(tx, province.id, year, actor);
    const value = valueCode ? await citedValue(tx, report, valueCode) : null;
    const key = valueCode ? valueSourceKey(report.id, valueCode) : reportSourceKey(report.id);
    const before = await tx.source.findUnique({ where: { key }, select: { documentNo: true, publishedOn: true, publisher: true } });
    const data = { title, documentNo, publishedOn: issuedOn, publisher: issuer, provinceId: province.id, attribution: "STATED" as const };
    const source = await tx.source.upsert({ where: { key }, create: { key, ...data }, update: data });
    if (value && value.sourceId !== source.id) await tx.reportValue.update({ where: { id: value.id }, data: { sourceId: source.id } });
    if (!value && report.sourceId !== source.id) await tx.yearlyReport.update({ where: { id: report.id }, data: { sourceId: source.id } });
    const saved = { documentNo, issuedOn: isoDate(issuedOn), issuer };
    const about = valueCode ? { indicator: valueCode } : {};
    await audit(tx, {
      actorId: actor.id, entity: "YearlyReport", entityId: report.id, action: valueCode ? "cite-value-source" : "cite-source", provinceId: province.id,
      before: before ? { ...about, source: { documentNo: before.documentNo, issuedOn: isoDate(before.publishedOn), issuer: before.publisher } } : about,
      after: { ...about, source: saved },
    });
    return { source: { key, ...saved, citation: title }, ...about };
  });
}
