"use server";
// The register's writes from the pages: the same services as any other caller (lib/services/register), which
// check the signed-in user's rights on the province of the address (create) or of the stored unit (edit).
import { redirect } from "next/navigation";
import { invalidForm, toActionFailure, type FailureOptions } from "@/lib/actions/failure";
import { formValues, type ActionResult } from "@/lib/actions/result";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/domain/types";
import { isLocale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { dissolveUnit } from "@/lib/services/register/dissolve-unit";
import { createUnit, updateUnit } from "@/lib/services/register/save-unit";
import { fieldErrorFrom, type FieldError } from "@/lib/validation/field-errors";
import { readYear, UNIT_FORM_FIELDS, unitFromForm } from "@/lib/validation/register-unit-form";

const lang = (l: unknown): Locale => (isLocale(l) ? l : "vi");

/** The register forms' own words for a failure, and their fields' labels for the list of problems. */
function options(locale: Locale, values: Record<string, string>): FailureOptions {
  const m = getMessages(locale).register;
  return { locale, values, words: { ...m.errors, INVALID: m.form.invalid }, labels: { ...m.form, unionId: m.form.union, dissolvedYear: m.form.dissolvedYear } };
}

// Create and update differ only in the service they call: parse the form the same way, then save.
async function saveUnitForm(localeArg: string, form: FormData, save: (input: ReturnType<typeof unitFromForm>["input"]) => Promise<{ provinceSlug: string }>): Promise<ActionResult> {
  const locale = lang(localeArg);
  const values = formValues(form, UNIT_FORM_FIELDS);
  const { input, problems } = unitFromForm(values, locale);
  if (problems.length) return invalidForm(problems, options(locale, values));
  let saved: { provinceSlug: string };
  try {
    saved = await save(input);
  } catch (err) {
    return toActionFailure(err, options(locale, values));
  }
  redirect(`${localePath(locale, `/quan-ly/dang-ky/${saved.provinceSlug}`)}?luu=1`);
}

export async function createUnitAction(slug: string, localeArg: string, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  return saveUnitForm(localeArg, form, async (input) => createUnit(db, { actor: await currentActor(), slug: String(slug), body: input }));
}

export async function updateUnitAction(id: number, localeArg: string, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  return saveUnitForm(localeArg, form, async (input) => updateUnit(db, { actor: await currentActor(), id: Number(id), body: input }));
}

export async function dissolveUnitAction(id: number, localeArg: string, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  const locale = lang(localeArg);
  const values = { dissolvedYear: String(form.get("dissolvedYear") ?? "") };
  const problems: FieldError[] = [];
  const year = readYear(values.dissolvedYear, "dissolvedYear", problems);
  if (year === null && problems.length === 0) problems.push(fieldErrorFrom("register")("dissolvedYear", "REQUIRED"));
  if (problems.length) return invalidForm(problems, options(locale, values));
  let saved: { provinceSlug: string };
  try {
    saved = await dissolveUnit(db, { actor: await currentActor(), id: Number(id), body: { year } });
  } catch (err) {
    return toActionFailure(err, options(locale, values));
  }
  redirect(`${localePath(locale, `/quan-ly/dang-ky/${saved.provinceSlug}`)}?luu=1`);
}
