// A report's thread: notes on the report or on one value, replies, and marking a topic resolved. The same
// services behind the form and POST /api/v1/provinces/{slug}/reports/{year}/comments[/{id}/resolve]. Who may
// write in it: whoever may read the province's drafts (can "report:comment"); who may resolve a topic: those who
// may edit the report (its province's editors and approvers, administrators) and the topic's author.
// The return comments and reopening reasons enter the thread with their step (transition.ts, recordStepComment).
import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/authz";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { toThreadComment, threadSelect, type ThreadComment } from "@/lib/queries/report-thread";
import { provinceBySlug } from "@/lib/queries/province-by-slug";
import { audit } from "@/lib/services/audit";
import { authorize } from "@/lib/services/authorize";
import { ServiceError } from "@/lib/services/errors";
import { fieldErrorFrom } from "@/lib/validation/field-errors";
import { indicatorCode } from "@/lib/validation/report-values";

const reportError = fieldErrorFrom("report");

const COMMENT_MAX = 2000;

const commentBody = z.object({
  body: z.string().trim().min(1).max(COMMENT_MAX),
  /** The value the note is about; absent or null: the whole report. A reply takes its topic's. */
  indicatorCode: indicatorCode.nullish(),
  /** The comment answered: its topic's first comment. */
  parentId: z.number().int().positive().max(2147483647).nullish(),
}).strict();

/** The body's problems in the form's words: the comment's length, a value that does not exist. */
function invalidComment(error: z.ZodError): ServiceError {
  return new ServiceError("INVALID", {
    fields: error.issues.map((i) => {
      const field = String(i.path[0] ?? "body");
      return field === "body" ? reportError("body", "COMMENT_BODY", { max: COMMENT_MAX }) : reportError(field, "MALFORMED");
    }),
  });
}

async function reportOf(db: PrismaClient, actor: Actor | null, slug: string, year: number) {
  const province = await provinceBySlug(db, slug);
  authorize(actor, "report:comment", { provinceId: province.id });
  const report = await db.yearlyReport.findUnique({ where: { provinceId_year: { provinceId: province.id, year } }, select: { id: true } });
  if (!report) throw new ServiceError("NOT_FOUND");
  return { province, report };
}

export async function addComment(
  db: PrismaClient,
  { actor, slug, year, body }: { actor: Actor | null; slug: string; year: number; body: unknown },
): Promise<{ comment: ThreadComment }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const parsed = commentBody.safeParse(body ?? {});
  const { province, report } = await reportOf(db, actor, slug, year);
  if (!parsed.success) throw invalidComment(parsed.error);
  const input = parsed.data;
  if (input.indicatorCode && !(await db.indicator.findUnique({ where: { code: input.indicatorCode }, select: { id: true } }))) {
    throw new ServiceError("INVALID", { fields: [reportError("indicatorCode", "UNKNOWN_INDICATOR")] });
  }
  return db.$transaction(async (tx) => {
    const parent = input.parentId ? await tx.reportComment.findUnique({ where: { id: input.parentId }, select: { reportId: true, parentId: true, indicatorCode: true } }) : null;
    // A reply answers a topic of this report; a reply to a reply joins the same topic.
    if (input.parentId && (!parent || parent.reportId !== report.id)) throw new ServiceError("INVALID", { fields: [reportError("parentId", "UNKNOWN_COMMENT")] });
    const data = parent
      ? { kind: "REPLY" as const, parentId: parent.parentId ?? input.parentId!, indicatorCode: parent.indicatorCode }
      : { kind: "NOTE" as const, parentId: null, indicatorCode: input.indicatorCode ?? null };
    const row = await tx.reportComment.create({ data: { reportId: report.id, authorId: actor.id, body: input.body, ...data }, select: threadSelect });
    await audit(tx, {
      actorId: actor.id, entity: "ReportComment", entityId: row.id, action: "comment", provinceId: province.id,
      after: { reportId: report.id, year, kind: row.kind, indicatorCode: row.indicatorCode, parentId: row.parentId, body: row.body },
    });
    return { comment: toThreadComment(row) };
  });
}

export async function resolveComment(
  db: PrismaClient,
  { actor, slug, year, id }: { actor: Actor | null; slug: string; year: number; id: number },
): Promise<{ comment: ThreadComment }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const { province, report } = await reportOf(db, actor, slug, year);
  return db.$transaction(async (tx) => {
    const found = await tx.reportComment.findUnique({ where: { id }, select: { reportId: true, parentId: true, authorId: true } });
    if (!found || found.reportId !== report.id) throw new ServiceError("NOT_FOUND");
    // A topic is resolved as a whole: resolving a reply resolves the comment it answers.
    const rootId = found.parentId ?? id;
    const root = found.parentId ? await tx.reportComment.findUniqueOrThrow({ where: { id: rootId }, select: { authorId: true } }) : found;
    if (!can(actor, "report:edit", { provinceId: province.id }) && root.authorId !== actor.id) throw new ServiceError("FORBIDDEN");
    // Resolving twice changes nothing: the first resolver and time stay.
    const changed = await tx.reportComment.updateMany({ where: { id: rootId, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: actor.id } });
    if (changed.count) {
      await audit(tx, { actorId: actor.id, entity: "ReportComment", entityId: rootId, action: "resolve", provinceId: province.id, before: { resolvedAt: null }, after: { reportId: report.id, year, resolved: true } });
    }
    return { comment: toThreadComment(await tx.reportComment.findUniqueOrThrow({ where: { id: rootId }, select: threadSelect })) };
  });
}

/** The return comment or reopening reason as the first comment of a topic, in the step's own transaction. */
export async function recordStepComment(
  tx: Prisma.TransactionClient,
  step: { reportId: number; provinceId: number; year: number; kind: "RETURN" | "REOPEN"; actorId: number; body: string },
): Promise<void> {
  const row = await tx.reportComment.create({ data: { reportId: step.reportId, kind: step.kind, authorId: step.actorId, body: step.body }, select: { id: true } });
  await audit(tx, {
    actorId: step.actorId, entity: "ReportComment", entityId: row.id, action: "comment", provinceId: step.provinceId,
    after: { reportId: step.reportId, year: step.year, kind: step.kind, indicatorCode: null, parentId: null, body: step.body },
  });
}
