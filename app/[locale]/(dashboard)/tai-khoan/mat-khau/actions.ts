"use server";
// The change-password form's write. The service checks the current password itself; the address counts wrong
// guesses the same way the login does.
import { headers } from "next/headers";
import { currentActor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/auth/client-address";
import { db } from "@/lib/db";
import { changePassword } from "@/lib/services/users/change-password";
import { formFields, toFormResult, type FormResult } from "../../action-result";

export async function changePasswordAction(form: FormData): Promise<FormResult> {
  const actor = await currentActor();
  try {
    await changePassword(db, { actor, input: formFields(form, ["current", "next", "confirm"]), ip: clientAddress(await headers()) });
    return { ok: true };
  } catch (err) {
    return toFormResult(err);
  }
}
