"use server";
// The target pages' writes, through lib/services/targets (which check can "target:edit" on the province of the
// address and keep the public pages' cache fresh).
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/actor";
import { termYearsParam } from "@/lib/api/params";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/domain/types";
import { isLocale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { createTerm } from "@/lib/services/targets/create-term";
import { deleteTarget } from "@/lib/services/targets/delete-target";
import { saveTarget } from "@/lib/services/targets/save-target";
import { targetFromForm, termFromForm } from "@/lib/validation/target";
import { invalidForm, toActionFailure, type FailureOptions } from "@/lib/actions/failure";
import { formValues, type ActionResult } from "@/lib/actions/result";

const lang = (l: unknown): Locale => (isLocale(l) ? l : "vi");
/** The target forms' own words for a failure, and their fields' labels for the list of problems. */
function options(locale: Locale, values: Record<string, string>): FailureOptions {
  const m = getMessages(locale).register;
  return { locale, values, words: { ...m.errors, INVALID: m.form.invalid }, labels: { ...m.targets.termForm, ...m.targets.form, sourceId: m.targets.form.source } };
}
const TERM_FIELDS = ["congress", "startYear", "endYear", "label", "note"] as const;
const TARGET_FIELDS = ["indicator", "kind", "year", "min", "max", "qualifier", "sourceId", "note"] as const;

function span(years: string): [number, number] {
  const r = termYearsParam.safeParse(years);
  return r.success ? r.data : [0, 0];
}

export async function createTermAction(slug: string, localeArg: string, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  const locale = lang(localeArg);
  const values = formValues(form, TERM_FIELDS);
  const { input, problems } = termFromForm(values);
  if (problems.length) return invalidForm(problems, options(locale, values));
  let years: string;
  try {
    ({ years } = await createTerm(db, { actor: await currentActor(), slug: String(slug), body: input }));
  } catch (err) {
    return toActionFailure(err, options(locale, values));
  }
  redirect(localePath(locale, `/quan-ly/muc-tieu/${slug}/${years}`));
}

export async function saveTargetAction(slug: string, years: string, id: number | null, localeArg: string, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  const locale = lang(localeArg);
  const values = formValues(form, TARGET_FIELDS);
  const { input, problems } = targetFromForm(values, locale);
  if (problems.length) return invalidForm(problems, options(locale, values));
  const [startYear, endYear] = span(years);
  try {
    await saveTarget(db, { actor: await currentActor(), slug: String(slug), startYear, endYear, id: id ?? undefined, body: input });
  } catch (err) {
    return toActionFailure(err, options(locale, values));
  }
  redirect(`${localePath(locale, `/quan-ly/muc-tieu/${slug}/${years}`)}?luu=1`);
}

export async function deleteTargetAction(slug: string, years: string, id: number, localeArg: string): Promise<ActionResult> {
  const locale = lang(localeArg);
  const [startYear, endYear] = span(years);
  try {
    await deleteTarget(db, { actor: await currentActor(), slug: String(slug), startYear, endYear, id: Number(id) });
  } catch (err) {
    return toActionFailure(err, options(locale, {}));
  }
  redirect(`${localePath(locale, `/quan-ly/muc-tieu/${slug}/${years}`)}?xoa=1`);
}
