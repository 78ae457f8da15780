"use server";
// The report source section's writes (decision 0040): the same services as the JSON API, which check the
// signed-in user's rights against the report's province as stored. Plain form posts: they work without JavaScript.
import { refresh } from "next/cache";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { toActionFailure, type FailureOptions } from "@/lib/actions/failure";
import { formValues, type ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/domain/types";
import { isLocale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { citeReportSource } from "@/lib/services/sources/cite-report-source";
import { removeSourceFile } from "@/lib/services/sources/attach-source-file";
import { removeValueSource } from "@/lib/services/sources/remove-value-source";
import { SOURCE_FIELDS } from "@/lib/validation/report-source";

function options(localeArg: string, values: Record<string, string> = {}, of: "form" | "valueForm" = "form"): FailureOptions {
  const locale: Locale = isLocale(localeArg) ? localeArg : "vi";
  const { valueForm, [of]: t } = getMessages(locale).sources;
  return { locale, values, words: { INVALID: t.invalid, UNEXPECTED: t.unexpected }, labels: { documentNo: t.documentNo, issuedOn: t.issuedOn, issuer: t.issuer, indicator: valueForm.indicator } };
}

/** Runs one of the section's writes: a refusal becomes the form's answer, success refreshes the page. */
async function settle(write: () => Promise<unknown>, failure: FailureOptions): Promise<ActionResult> {
  try {
    await write();
  } catch (err) {
    return toActionFailure(err, failure);
  }
  refresh();
  return { ok: true };
}

export async function citeSourceAction(slug: string, year: number, localeArg: string, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  const values = formValues(form, SOURCE_FIELDS);
  return settle(async () => citeReportSource(db, { actor: await currentActor(), slug: String(slug), year: Number(year), body: values }), options(localeArg, values));
}

/** One value's own source: the same service, with the indicator chosen in the form (empty when none was). */
export async function citeValueSourceAction(slug: string, year: number, localeArg: string, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  const { indicator = "", ...values } = formValues(form, [...SOURCE_FIELDS, "indicator"]);
  return settle(
    async () => citeReportSource(db, { actor: await currentActor(), slug: String(slug), year: Number(year), body: values, indicator }),
    options(localeArg, { ...values, indicator }, "valueForm"),
  );
}

export async function removeSourceFileAction(slug: string, year: number, fileId: number, localeArg: string): Promise<ActionResult> {
  return settle(async () => removeSourceFile(db, { actor: await currentActor(), slug: String(slug), year: Number(year), fileId: Number(fileId) }), options(localeArg));
}

export async function removeValueSourceAction(slug: string, year: number, indicator: string, localeArg: string): Promise<ActionResult> {
  return settle(async () => removeValueSource(db, { actor: await currentActor(), slug: String(slug), year: Number(year), indicator: String(indicator) }), options(localeArg, {}, "valueForm"));
}
