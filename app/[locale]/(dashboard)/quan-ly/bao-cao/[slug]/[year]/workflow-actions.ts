"use server";
// The workflow's steps as plain form posts, for a browser without JavaScript (decision 0039): the same service as
// the form's script and the JSON API. Done, it goes back to the report with the step in the address (?da=nop),
// which the page says in a status region that stays.
import { redirect } from "next/navigation";
import { z } from "zod";
import { slugParam, yearParam } from "@/lib/api/params";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { toActionFailure } from "@/lib/actions/failure";
import type { ActionResult } from "@/lib/actions/result";
import { LOCALES } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { STEP_FLAG } from "@/lib/report-form/step-flags";
import { ServiceError } from "@/lib/services/errors";
import { transitionReport } from "@/lib/services/reports/transition";

const input = z.object({
  locale: z.enum(LOCALES).catch("vi"),
  slug: slugParam,
  year: yearParam,
  transition: z.enum(["submit", "approve", "return", "reopen"]),
  version: z.coerce.number().int().min(1).optional(),
  comment: z.string().max(2000).optional(),
  confirmGaps: z.literal("on").optional(),
});

export async function workflowStepAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const parsed = input.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string" && v !== "")));
  if (!parsed.success) return toActionFailure(new ServiceError("NOT_FOUND"), { locale: "vi" });
  const { locale, slug, year, transition, version, comment, confirmGaps } = parsed.data;
  const body = { ...(version !== undefined ? { version } : {}), ...(comment?.trim() ? { comment } : {}), ...(transition === "submit" ? { confirmGaps: confirmGaps === "on" } : {}) };
  try {
    await transitionReport(db, { actor: await currentActor(), slug, year, transition, body });
  } catch (err) {
    return toActionFailure(err, { locale, words: { UNEXPECTED: getMessages(locale).reportForm.unexpected } });
  }
  redirect(`${localePath(locale, `/quan-ly/bao-cao/${slug}/${year}`)}?da=${STEP_FLAG[transition]}`);
}
