"use server";
// The report form's writes: the same services as the JSON API (lib/services/reports), which check the
// signed-in user's rights against the province of the record themselves. The form sends the province's slug
// and the year from its address, never a province id.
import { z } from "zod";
import { slugParam, yearParam } from "@/lib/api/params";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/config";
import { ServiceError } from "@/lib/services/errors";
import { deleteDraft } from "@/lib/services/reports/delete-draft";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport } from "@/lib/services/reports/transition";
import { toActionFailure } from "@/lib/actions/failure";
import type { ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/domain/types";
import { getMessages } from "@/lib/i18n/messages";
import type { ReportState } from "@/lib/services/reports/save-draft";
import type { OutlierWarning, ValueInput } from "@/lib/validation/report-values";

export type SaveResult = ActionResult<{ report: ReportState; warnings: OutlierWarning[]; values: Record<string, ValueInput> }>;
export type TransitionResult = ActionResult<{ report: ReportState }>;
export type DeleteResult = ActionResult;

const target = z.object({
  locale: z.enum(LOCALES).catch("vi"),
  slug: slugParam,
  year: yearParam,
});

const saveInput = target.extend({ version: z.number().int().min(0), values: z.unknown(), base: z.unknown().optional(), explanations: z.unknown().optional() });
const transitionInput = target.extend({
  transition: z.enum(["submit", "approve", "return", "reopen"]),
  version: z.number().int().min(1).optional(),
  comment: z.string().max(2000).optional(),
  confirmGaps: z.boolean().optional(),
});

// A request that does not even name a report: a form of this app never sends one.
const malformed = (input: unknown) => failed(new ServiceError("NOT_FOUND"), target.shape.locale.parse((input as { locale?: unknown } | null)?.locale));

// The form's own words for an unexpected error: what was typed is still there.
const failed = (err: unknown, locale: Locale) => toActionFailure(err, { locale, words: { UNEXPECTED: getMessages(locale).reportForm.unexpected } });

export async function saveReportDraft(input: unknown): Promise<SaveResult> {
  const parsed = saveInput.safeParse(input);
  if (!parsed.success) return malformed(input);
  const { locale, slug, year, version, values, base, explanations } = parsed.data;
  const actor = await currentActor();
  try {
    const saved = await saveDraft(db, { actor, slug, year, body: { version, values, ...(base !== undefined ? { base } : {}), ...(explanations !== undefined ? { explanations } : {}) } });
    return { ok: true, ...saved };
  } catch (err) {
    return failed(err, locale);
  }
}

export async function changeReportStatus(input: unknown): Promise<TransitionResult> {
  const parsed = transitionInput.safeParse(input);
  if (!parsed.success) return malformed(input);
  const { locale, slug, year, transition, version, comment, confirmGaps } = parsed.data;
  const actor = await currentActor();
  // An empty comment is no comment: the service then asks for one in words the user can act on.
  const body = { ...(version !== undefined ? { version } : {}), ...(comment?.trim() ? { comment } : {}), ...(confirmGaps !== undefined ? { confirmGaps } : {}) };
  try {
    return { ok: true, ...(await transitionReport(db, { actor, slug, year, transition, body })) };
  } catch (err) {
    return failed(err, locale);
  }
}

/** Deletes the report's draft (the service refuses a submitted or approved one, and checks can()). */
export async function deleteReportDraft(input: unknown): Promise<DeleteResult> {
  const parsed = target.safeParse(input);
  if (!parsed.success) return malformed(input);
  const { locale, slug, year } = parsed.data;
  const actor = await currentActor();
  try {
    await deleteDraft(db, { actor, slug, year, body: {} });
    return { ok: true };
  } catch (err) {
    return failed(err, locale);
  }
}

