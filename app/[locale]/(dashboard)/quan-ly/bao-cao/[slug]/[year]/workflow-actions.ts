"use server";
// The workflow's steps as plain form posts, for a browser without JavaScript (decision 0039): the same action as
// the form's script (changeReportStatus), over the service the JSON API uses. Done, it goes back to the report with
// the step in the address (?da=nop), which the page says in a status region that stays.
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { isLocale } from "@/lib/i18n/config";
import { localePath } from "@/lib/i18n/paths";
import type { Transition } from "@/lib/domain/report-workflow";
import { STEP_FLAG } from "@/lib/report-form/step-flags";
import { changeReportStatus } from "./actions";

export async function workflowStepAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const fields = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>;
  // A checkbox posts "on" when ticked and nothing when not; only the submit asks for it.
  const confirmGaps = fields.transition === "submit" ? fields.confirmGaps === "on" : undefined;
  const done = await changeReportStatus({ ...fields, confirmGaps });
  if (!done.ok) return done;
  // The step went through, so its slug, year and step were valid.
  const locale = isLocale(fields.locale) ? fields.locale : "vi";
  redirect(`${localePath(locale, `/quan-ly/bao-cao/${fields.slug}/${Number(fields.year)}`)}?da=${STEP_FLAG[fields.transition as Transition]}`);
}
