// The workflow: DRAFT → SUBMITTED → APPROVED (locked), SUBMITTED → DRAFT (returned, with a comment), and
// APPROVED → DRAFT (reopened by an administrator, with a reason). Each step is checked, versioned and audited.
import { z } from "zod";
import { can, type Action, type Actor } from "../../authz";
import { advancePublicGeneration, publishedGenerationChanged } from "../../cache/generation";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import type { ReportStatus } from "../../generated/prisma/enums";
import { checkReportValues } from "../../validation/report-values";
import { audit } from "../audit";
import { ServiceError } from "../errors";
import { changesSince, provinceBySlug } from "./load";
import { invalidFromZod, problemsToDetails } from "./problems";
import type { ReportState } from "./save-draft";
import { yearValues } from "./snapshot";
import { assertReportYear } from "./years";

export type Transition = "submit" | "approve" | "return" | "reopen";

const RULES: Record<Transition, { action: Action; from: ReportStatus; to: ReportStatus; needsText: boolean }> = {
  submit: { action: "report:submit", from: "DRAFT", to: "SUBMITTED", needsText: false },
  approve: { action: "report:approve", from: "SUBMITTED", to: "APPROVED", needsText: false },
  return: { action: "report:return", from: "SUBMITTED", to: "DRAFT", needsText: true },
  reopen: { action: "report:reopen", from: "APPROVED", to: "DRAFT", needsText: true },
};

export const transitionBody = z.object({
  version: z.number().int().min(1).optional(),
  /** The comment of a return, the reason of a reopening. */
  comment: z.string().trim().min(3).max(2000).optional(),
}).strict();

export async function transitionReport(
  db: PrismaClient,
  { actor, slug, year, transition, body }: { actor: Actor | null; slug: string; year: number; transition: Transition; body: unknown },
): Promise<{ report: ReportState }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const rule = RULES[transition];
  const parsed = transitionBody.safeParse(body ?? {});
  if (!parsed.success) throw invalidFromZod(parsed.error);
  const { version, comment } = parsed.data;
  const province = await provinceBySlug(db, slug);
  if (!can(actor, rule.action, { provinceId: province.id })) throw new ServiceError("FORBIDDEN");
  // Nothing is submitted or approved outside the report years; returning and reopening reach any year, so a
  // report made before the range existed can be taken back to draft and deleted.
  if (transition === "submit" || transition === "approve") assertReportYear(year);
  if (rule.needsText && !comment) {
    const field = transition === "return" ? "comment" : "reason";
    throw new ServiceError("INVALID", { fields: [{ field: "comment", code: "REQUIRED", message: `Cần ghi ${field === "comment" ? "nhận xét khi trả lại" : "lý do mở lại"} (ít nhất 3 ký tự).`, messageEn: `A ${field} is required (3 characters or more).` }] });
  }

  const done = await db.$transaction(async (tx) => {
    const current = await tx.yearlyReport.findUnique({ where: { provinceId_year: { provinceId: province.id, year } } });
    if (!current) throw new ServiceError("NOT_FOUND");
    if (version !== undefined && version !== current.version) {
      throw new ServiceError("CONFLICT", { current: { version: current.version, status: current.status, values: await yearValues(tx, current.id, year) }, changes: await changesSince(tx, current.id, version) });
    }
    if (current.status !== rule.from) throw new ServiceError(current.status === "APPROVED" ? "LOCKED" : "BAD_STATE", { status: current.status });
    const singlePerson = transition === "approve" ? await fourEyes(tx, current, province.id, actor.id) : false;
    if (transition === "submit") {
      const values = await yearValues(tx, current.id, year);
      if (!Object.keys(values).length) throw new ServiceError("INVALID", { fields: [{ field: "values", code: "EMPTY", message: "Báo cáo chưa có số liệu nào.", messageEn: "The report has no figures yet." }] });
      const problems = checkReportValues(values, await tx.indicator.findMany({ select: { code: true, unit: true, kind: true, partOfCode: true } }));
      if (problems.length) throw new ServiceError("INVALID", await problemsToDetails(problems, tx));
    }
    const now = new Date();
    const claimed = await tx.yearlyReport.updateMany({
      where: { id: current.id, version: current.version, status: rule.from },
      data: {
        status: rule.to,
        version: { increment: 1 },
        ...(transition === "submit" ? { submittedById: actor.id, submittedAt: now, returnComment: null } : {}),
        ...(transition === "approve" ? { approvedById: actor.id, approvedAt: now } : {}),
        ...(transition === "return" ? { returnComment: comment } : {}),
        ...(transition === "reopen" ? { approvedById: null, approvedAt: null } : {}),
      },
    });
    if (claimed.count === 0) throw new ServiceError("CONFLICT", { current: null, changes: [] });
    const next = { id: current.id, year, status: rule.to, version: current.version + 1 };
    await audit(tx, {
      actorId: actor.id, entity: "YearlyReport", entityId: current.id, action: transition, provinceId: province.id,
      before: { status: current.status, version: current.version },
      after: { status: rule.to, version: next.version, ...(singlePerson ? { singlePerson: true } : {}) },
      reason: comment ?? null,
    });
    // What the public sees changes when a report becomes approved or stops being approved: in this transaction.
    const generation = transition === "approve" || transition === "reopen" ? await advancePublicGeneration(tx) : null;
    return { next, generation };
  });
  if (done.generation !== null) publishedGenerationChanged(done.generation);
  return { report: done.next };
}

/**
 * Four eyes: whoever submitted the report or saved its values last may not approve it, unless an administrator
 * allowed single-person approval for the province. Returns true when the approval relies on that allowance
 * (the audit entry says so). Read inside the transaction: the flag and the report as they are when it commits.
 */
async function fourEyes(tx: Prisma.TransactionClient, report: { submittedById: number | null; lastEditedById: number | null }, provinceId: number, actorId: number): Promise<boolean> {
  const own = report.submittedById === actorId || report.lastEditedById === actorId;
  if (!own) return false;
  const p = await tx.province.findUnique({ where: { id: provinceId }, select: { singlePersonApproval: true } });
  if (!p?.singlePersonApproval) throw new ServiceError("SELF_APPROVAL");
  return true;
}
