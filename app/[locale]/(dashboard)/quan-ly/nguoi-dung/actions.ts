"use server";
// The users page's writes. Each service checks can(actor, "user:manage") itself; these only pass the form on.
import { refresh } from "next/cache";
import { toActionFailure } from "@/lib/actions/failure";
import { formValues, type ActionResult } from "@/lib/actions/result";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/domain/types";
import { isLocale } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/messages";
import { changeUserRole } from "@/lib/services/users/change-user-role";
import { createUser } from "@/lib/services/users/create-user";
import { setUserDisabled } from "@/lib/services/users/set-user-disabled";

async function run(localeArg: unknown, write: () => Promise<unknown>): Promise<ActionResult> {
  try {
    await write();
    // The list on the page shows the change.
    refresh();
    return { ok: true };
  } catch (err) {
    // A field's words are the catalogue's (errors.user); the whole form's are the page's own (m.dashboard.users).
    const locale: Locale = isLocale(localeArg) ? localeArg : "vi";
    const t = getMessages(locale).dashboard.users;
    return toActionFailure(err, { locale, words: { ...t.codes, INVALID: t.failed }, otherwise: t.codes.UNEXPECTED });
  }
}

export async function createUserAction(locale: string, form: FormData): Promise<ActionResult> {
  const actor = await currentActor();
  return run(locale, () => createUser(db, { actor, input: formValues(form, ["email", "name", "role", "provinceId", "password"]) }));
}

export async function changeUserRoleAction(locale: string, form: FormData): Promise<ActionResult> {
  const actor = await currentActor();
  return run(locale, () => changeUserRole(db, { actor, input: formValues(form, ["userId", "role", "provinceId"]) }));
}

export async function setUserDisabledAction(locale: string, userId: number, disabled: boolean): Promise<ActionResult> {
  const actor = await currentActor();
  return run(locale, () => setUserDisabled(db, { actor, input: { userId, disabled } }));
}
