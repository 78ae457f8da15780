"use server";
// The due-day form's write, through lib/services/deadlines/set-deadline.ts (which checks can "deadline:set").
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/domain/types";
import { isLocale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { setDeadline } from "@/lib/services/deadlines/set-deadline";
import { deadlineFromForm } from "@/lib/validation/deadline";
import { invalidForm, toActionFailure, type FailureOptions } from "@/lib/actions/failure";
import { formValues, type ActionResult } from "@/lib/actions/result";

function options(locale: Locale, values: Record<string, string>): FailureOptions {
  const t = getMessages(locale).progressBoard.deadlines;
  return { locale, values, words: { INVALID: t.invalid }, labels: { year: t.year, dueOn: t.dueOn } };
}

export async function setDeadlineAction(localeArg: string, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  const locale: Locale = isLocale(localeArg) ? localeArg : "vi";
  const values = formValues(form, ["year", "dueOn"] as const);
  const { input, problems } = deadlineFromForm(values);
  if (!input) return invalidForm(problems, options(locale, values));
  try {
    await setDeadline(db, { actor: await currentActor(), input });
  } catch (err) {
    return toActionFailure(err, options(locale, values));
  }
  redirect(`${localePath(locale, "/quan-ly/tien-do/han-nop")}?luu=${input.year}`);
}
