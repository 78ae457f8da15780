"use server";
// The mail-language form's write (decision 0038): the service parses, checks can() and audits.
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { setMailLocale } from "@/lib/services/users/set-mail-locale";
import { toActionFailure } from "@/lib/actions/failure";
import { formValues, type ActionResult } from "@/lib/actions/result";
import { isLocale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";

export async function setMailLocaleAction(localeArg: string, form: FormData): Promise<ActionResult> {
  const locale = isLocale(localeArg) ? localeArg : "vi";
  try {
    await setMailLocale(db, { actor: await currentActor(), input: formValues(form, ["locale"]) });
    return { ok: true };
  } catch (err) {
    const t = getMessages(locale).notifications.account;
    return toActionFailure(err, { locale, words: { INVALID: null }, otherwise: t.failed });
  }
}
