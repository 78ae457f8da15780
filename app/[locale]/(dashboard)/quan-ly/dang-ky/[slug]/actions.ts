"use server";
// The register's writes from the pages: the same services as any other caller (lib/services/register), which
// check the signed-in user's rights on the province of the address (create) or of the stored unit (edit).
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/domain/types";
import { isLocale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { dissolveUnit } from "@/lib/services/register/dissolve-unit";
import { createUnit, updateUnit } from "@/lib/services/register/save-unit";
import { readYear, unitFormValues, unitFromForm } from "@/lib/validation/register-unit-form";
import { fieldErrorFrom, type FieldError } from "@/lib/validation/field-errors";
import { REGISTER_MESSAGES } from "@/lib/validation/register-messages";
import { failure } from "../_ui/failure";
import type { FormState } from "../_ui/form-state";

const lang = (l: unknown): Locale => (isLocale(l) ? l : "vi");
const words = (locale: Locale) => ({ ...getMessages(locale).register.errors, invalid: getMessages(locale).register.form.invalid });
const invalid = (locale: Locale, errors: FieldError[], values: Record<string, string>): FormState => ({ ok: false, message: words(locale).invalid, errors, values });

// Create and update differ only in the service they call: parse the form the same way, then save.
async function saveUnitForm(localeArg: string, form: FormData, save: (input: ReturnType<typeof unitFromForm>["input"]) => Promise<{ provinceSlug: string }>): Promise<FormState> {
  const locale = lang(localeArg);
  const values = unitFormValues(form);
  const { input, problems } = unitFromForm(values, locale);
  if (problems.length) return invalid(locale, problems, values);
  let saved: { provinceSlug: string };
  try {
    saved = await save(input);
  } catch (err) {
    return failure(err, words(locale), values);
  }
  redirect(`${localePath(locale, `/quan-ly/dang-ky/${saved.provinceSlug}`)}?luu=1`);
}

export async function createUnitAction(slug: string, localeArg: string, _prev: FormState, form: FormData): Promise<FormState> {
  return saveUnitForm(localeArg, form, async (input) => createUnit(db, { actor: await currentActor(), slug: String(slug), body: input }));
}

export async function updateUnitAction(id: number, localeArg: string, _prev: FormState, form: FormData): Promise<FormState> {
  return saveUnitForm(localeArg, form, async (input) => updateUnit(db, { actor: await currentActor(), id: Number(id), body: input }));
}

export async function dissolveUnitAction(id: number, localeArg: string, _prev: FormState, form: FormData): Promise<FormState> {
  const locale = lang(localeArg);
  const values = { dissolvedYear: String(form.get("dissolvedYear") ?? "") };
  const problems: FieldError[] = [];
  const year = readYear(values.dissolvedYear, "dissolvedYear", problems);
  if (year === null && problems.length === 0) problems.push(fieldErrorFrom(REGISTER_MESSAGES)("dissolvedYear", "REQUIRED"));
  if (problems.length) return invalid(locale, problems, values);
  let saved: { provinceSlug: string };
  try {
    saved = await dissolveUnit(db, { actor: await currentActor(), id: Number(id), body: { year } });
  } catch (err) {
    return failure(err, words(locale), values);
  }
  redirect(`${localePath(locale, `/quan-ly/dang-ky/${saved.provinceSlug}`)}?luu=1`);
}
