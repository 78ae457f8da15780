"use server";
// The report form's writes: the same services as the JSON API (lib/services/reports), which check the
// signed-in user's rights against the province of the record themselves. The form sends the province's slug
// and the year from its address, never a province id.
import { z } from "zod";
import { slugParam, yearParam } from "@/lib/api/params";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isLocale } from "@/lib/i18n/config";
import { deleteDraft } from "@/lib/services/reports/delete-draft";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport } from "@/lib/services/reports/transition";
import { toFailure, type DeleteResult, type SaveResult, type TransitionResult } from "./action-result";

const target = z.object({
  locale: z.string().refine(isLocale).catch("vi"),
  slug: slugParam,
  year: yearParam,
});

const saveInput = target.extend({ version: z.number().int().min(0), values: z.unknown() });
const transitionInput = target.extend({
  transition: z.enum(["submit", "approve", "return", "reopen"]),
  version: z.number().int().min(1).optional(),
  comment: z.string().max(2000).optional(),
});

// A request that does not even name a report: a form of this app never sends one.
const malformed = { ok: false as const, code: "NOT_FOUND", message: "Không tìm thấy báo cáo hoặc tỉnh này. / No such report or province.", fields: [], current: null, changes: [] };

export async function saveReportDraft(input: unknown): Promise<SaveResult> {
  const parsed = saveInput.safeParse(input);
  if (!parsed.success) return malformed;
  const { locale, slug, year, version, values } = parsed.data;
  const actor = await currentActor();
  try {
    const { report, warnings } = await saveDraft(db, { actor, slug, year, body: { version, values } });
    return { ok: true, report, warnings };
  } catch (err) {
    return toFailure(err, locale === "en" ? "en" : "vi", { actor, slug, year, version });
  }
}

export async function changeReportStatus(input: unknown): Promise<TransitionResult> {
  const parsed = transitionInput.safeParse(input);
  if (!parsed.success) return malformed;
  const { locale, slug, year, transition, version, comment } = parsed.data;
  const actor = await currentActor();
  // An empty comment is no comment: the service then asks for one in words the user can act on.
  const body = { ...(version !== undefined ? { version } : {}), ...(comment?.trim() ? { comment } : {}) };
  try {
    return { ok: true, ...(await transitionReport(db, { actor, slug, year, transition, body })) };
  } catch (err) {
    return toFailure(err, locale === "en" ? "en" : "vi", { actor, slug, year, version });
  }
}

/** Deletes the report's draft (the service refuses a submitted or approved one, and checks can()). */
export async function deleteReportDraft(input: unknown): Promise<DeleteResult> {
  const parsed = target.safeParse(input);
  if (!parsed.success) return malformed;
  const { locale, slug, year } = parsed.data;
  const actor = await currentActor();
  try {
    await deleteDraft(db, { actor, slug, year, body: {} });
    return { ok: true };
  } catch (err) {
    return toFailure(err, locale === "en" ? "en" : "vi", { actor, slug, year, version: undefined });
  }
}

