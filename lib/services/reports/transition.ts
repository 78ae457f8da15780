// The workflow: DRAFT → SUBMITTED → APPROVED (locked), SUBMITTED → DRAFT (returned, with a comment), and
// APPROVED → DRAFT (reopened by an administrator, with a reason). Each step is checked against the workflow's
// rules (lib/domain/report-workflow.ts), versioned and audited.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/authz";
import { advancePublicGeneration, publishedGenerationChanged } from "@/lib/cache/generation";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ownWork, RULES, stateRefusal, stepRefusal, type Transition } from "@/lib/domain/report-workflow";
import { checkReportValues } from "@/lib/validation/report-values";
import type { FieldError } from "@/lib/validation/field-errors";
import { audit } from "@/lib/services/audit";
import { enqueueReportMail } from "@/lib/services/mail/enqueue";
import { ServiceError } from "@/lib/services/errors";
import { provinceBySlug } from "@/lib/queries/province-by-slug";
import { changesSince, yearValues } from "@/lib/queries/report-snapshot";
import { invalidFromZod, problemsToDetails } from "./problems";
import type { ReportState } from "./save-draft";
import { withServerCopy } from "./conflict";
import { reportSlot, throwIfRefused } from "./workflow-checks";
import { storedChecklist } from "./checklist";
import { recordStepComment } from "./comments";
import type { Checklist } from "@/lib/domain/submit-checklist";

export type { Transition };

export const transitionBody = z.object({
  version: z.number().int().min(1).optional(),
  /** The comment of a return, the reason of a reopening. */
  comment: z.string().trim().min(3).max(2000).optional(),
  /** Submit only: "I confirm submitting the report with gaps" (empty indicators; decision 0039). */
  confirmGaps: z.boolean().optional(),
}).strict();

export async function transitionReport(
  db: PrismaClient,
  { actor, slug, year, transition, body }: { actor: Actor | null; slug: string; year: number; transition: Transition; body: unknown },
): Promise<{ report: ReportState }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const rule = RULES[transition];
  const parsed = transitionBody.safeParse(body ?? {});
  if (!parsed.success) throw invalidFromZod(parsed.error);
  const { version, comment, confirmGaps } = parsed.data;
  const province = await provinceBySlug(db, slug);
  throwIfRefused(stepRefusal(transition, reportSlot(province, year), actor), { year });
  if (rule.needsText && !comment) {
    const key = transition === "return" ? "report.COMMENT_REQUIRED" : "report.REASON_REQUIRED";
    throw new ServiceError("INVALID", { fields: [{ field: "comment", code: "REQUIRED", key } satisfies FieldError] });
  }

  const done = await db.$transaction(async (tx) => {
    const current = await tx.yearlyReport.findUnique({ where: { provinceId_year: { provinceId: province.id, year } } });
    if (!current) throw new ServiceError("NOT_FOUND");
    if (version !== undefined && version !== current.version) {
      throw new ServiceError("CONFLICT", { current: { version: current.version, status: current.status, values: await yearValues(tx, current.id, year) }, changes: await changesSince(tx, current.id, version) });
    }
    // Four eyes: the province's allowance is read inside the transaction, as it is when the approval commits.
    const singlePersonApproval = transition === "approve" && ownWork(current, actor) && (await singlePersonAllowed(tx, province.id));
    throwIfRefused(stateRefusal(transition, { ...current, singlePersonApproval }, actor), { year, status: current.status });
    // An approval of one's own work passed only thanks to the allowance: the audit entry says so.
    const singlePerson = transition === "approve" && ownWork(current, actor);
    let checklist: Checklist | null = null;
    if (transition === "submit") {
      const values = await yearValues(tx, current.id, year);
      if (!Object.keys(values).length) throw new ServiceError("INVALID", { fields: [{ field: "values", code: "EMPTY", key: "report.EMPTY" } satisfies FieldError] });
      const catalogue = await tx.indicator.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, unit: true, kind: true, partOfCode: true } });
      const problems = checkReportValues(values, catalogue);
      if (problems.length) throw new ServiceError("INVALID", await problemsToDetails(problems, tx));
      checklist = await storedChecklist(tx, { id: current.id, provinceId: province.id, year }, catalogue);
      throwIfGaps(checklist, confirmGaps === true);
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
      after: { status: rule.to, version: next.version, ...(singlePerson ? { singlePerson: true } : {}), ...(checklist?.empty.length ? { gapsConfirmed: checklist.empty } : {}) },
      reason: comment ?? null,
    });
    // The mail of this step, queued in this transaction (decision 0038): it exists exactly when the step committed.
    await enqueueReportMail(tx, { transition, reportId: current.id, version: next.version, actorId: actor.id, comment: comment ?? null });
    // The return comment and the reopening reason stay in the report's thread until resolved.
    if ((transition === "return" || transition === "reopen") && comment) {
      await recordStepComment(tx, { reportId: current.id, provinceId: province.id, year, kind: transition === "return" ? "RETURN" : "REOPEN", actorId: actor.id, body: comment });
    }
    // What the public sees changes when a report becomes approved or stops being approved: in this transaction.
    const generation = transition === "approve" || transition === "reopen" ? await advancePublicGeneration(tx) : null;
    return { next, generation };
  }).catch(async (e: unknown) => {
    throw await withServerCopy(db, e, { actor, provinceId: province.id, year, version });
  });
  if (done.generation !== null) publishedGenerationChanged(done.generation);
  return { report: done.next };
}

/** Whether an administrator allowed single-person approval for the province (decision 0013). */
async function singlePersonAllowed(tx: Prisma.TransactionClient, provinceId: number): Promise<boolean> {
  const p = await tx.province.findUnique({ where: { id: provinceId }, select: { singlePersonApproval: true } });
  return p?.singlePersonApproval ?? false;
}

/** A warned value without its explanation refuses the submit; empty indicators need the confirmation. */
function throwIfGaps(checklist: Checklist, confirmed: boolean): void {
  const fields: FieldError[] = checklist.unexplained.map((field) => ({ field, code: "EXPLANATION_REQUIRED", key: "report.EXPLANATION_REQUIRED" }));
  if (checklist.empty.length && !confirmed) fields.push({ field: "confirmGaps", code: "GAPS_NOT_CONFIRMED", key: "report.GAPS_NOT_CONFIRMED", params: { count: checklist.empty.length } });
  if (fields.length) throw new ServiceError("INVALID", { fields, empty: checklist.empty, unexplained: checklist.unexplained });
}
