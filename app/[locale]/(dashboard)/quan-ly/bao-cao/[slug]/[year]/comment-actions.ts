"use server";
// The thread's writes (decision 0039): the same services as the JSON API, which check can() against the report's
// province as stored. Plain form posts bound to the report: they work without JavaScript.
import { refresh } from "next/cache";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { toActionFailure } from "@/lib/actions/failure";
import { formValues, type ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/domain/types";
import { isLocale } from "@/lib/i18n/config";
import { addComment, resolveComment } from "@/lib/services/reports/comments";

export type CommentResult = ActionResult<{ at: number }>;

const localeOf = (arg: string): Locale => (isLocale(arg) ? arg : "vi");
const number = (v: string | undefined) => (v ? Number(v) : null);

export async function postCommentAction(slug: string, year: number, localeArg: string, _prev: CommentResult, form: FormData): Promise<CommentResult> {
  const values = formValues(form, ["body", "indicatorCode", "parentId"] as const);
  const body = { body: values.body ?? "", indicatorCode: values.indicatorCode || null, parentId: number(values.parentId) };
  try {
    await addComment(db, { actor: await currentActor(), slug: String(slug), year: Number(year), body });
  } catch (err) {
    return toActionFailure(err, { locale: localeOf(localeArg), values: { body: body.body }, words: { INVALID: null } });
  }
  refresh();
  return { ok: true, at: Date.now() };
}

export async function resolveCommentAction(slug: string, year: number, id: number, localeArg: string): Promise<CommentResult> {
  try {
    await resolveComment(db, { actor: await currentActor(), slug: String(slug), year: Number(year), id: Number(id) });
  } catch (err) {
    return toActionFailure(err, { locale: localeOf(localeArg) });
  }
  refresh();
  return { ok: true, at: Date.now() };
}
