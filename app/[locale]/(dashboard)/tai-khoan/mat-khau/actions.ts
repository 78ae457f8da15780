"use server";
// The change-password form's write. The service checks the current password itself; the address counts wrong
// guesses the same way the login does.
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/auth/client-address";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/services/users/change-password";
import { toActionFailure } from "@/lib/actions/failure";
import { formValues, type ActionResult } from "@/lib/actions/result";
import { isLocale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";

export async function changePasswordAction(localeArg: string, form: FormData): Promise<ActionResult> {
  const actor = await currentActor();
  try {
    await changePassword(db, { actor, input: formValues(form, ["current", "next", "confirm"]), ip: clientAddress(await headers()) });
    return { ok: true };
  } catch (err) {
    // The form's own words: one for "see each field", one for anything else; each field's is the catalogue's
    // (errors.password).
    const locale = isLocale(localeArg) ? localeArg : "vi";
    const t = getMessages(locale).auth.password;
    return toActionFailure(err, { locale, words: { INVALID: t.failed }, otherwise: t.unexpected });
  }
}
