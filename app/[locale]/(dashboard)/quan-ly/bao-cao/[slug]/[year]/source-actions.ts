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
import { SOURCE_FIELDS } from "@/lib/validation/report-source";

function options(localeArg: string, values: Record<string, string> = {}): FailureOptions {
  const locale: Locale = isLocale(localeArg) ? localeArg : "vi";
  const t = getMessages(locale).sources.form;
  return { locale, values, words: { INVALID: t.invalid, UNEXPECTED: t.unexpected }, labels: { documentNo: t.documentNo, issuedOn: t.issuedOn, issuer: t.issuer } };
}

export async function citeSourceAction(slug: string, year: number, localeArg: string, _prev: ActionResult, form: FormData): Promise<ActionResult> {
  const values = formValues(form, SOURCE_FIELDS);
  try {
    await citeReportSource(db, { actor: await currentActor(), slug: String(slug), year: Number(year), body: values });
  } catch (err) {
    return toActionFailure(err, options(localeArg, values));
  }
  refresh();
  return { ok: true };
}

export async function removeSourceFileAction(slug: string, year: number, fileId: number, localeArg: string): Promise<ActionResult> {
  try {
    await removeSourceFile(db, { actor: await currentActor(), slug: String(slug), year: Number(year), fileId: Number(fileId) });
  } catch (err) {
    return toActionFailure(err, options(localeArg));
  }
  refresh();
  return { ok: true };
}
