"use server";
// The users page's writes. Each service checks can(actor, "user:manage") itself; these only pass the form on.
import { refresh } from "next/cache";
import { currentActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { changeUserRole } from "@/lib/services/users/change-user-role";
import { createUser } from "@/lib/services/users/create-user";
import { setUserDisabled } from "@/lib/services/users/set-user-disabled";
import { formFields, toFormResult, type FormResult } from "../../action-result";

async function run(write: () => Promise<unknown>): Promise<FormResult> {
  try {
    await write();
    // The list on the page shows the change.
    refresh();
    return { ok: true };
  } catch (err) {
    return toFormResult(err);
  }
}

export async function createUserAction(form: FormData): Promise<FormResult> {
  const actor = await currentActor();
  return run(() => createUser(db, { actor, input: formFields(form, ["email", "name", "role", "provinceId", "password"]) }));
}

export async function changeUserRoleAction(form: FormData): Promise<FormResult> {
  const actor = await currentActor();
  return run(() => changeUserRole(db, { actor, input: formFields(form, ["userId", "role", "provinceId"]) }));
}

export async function setUserDisabledAction(userId: number, disabled: boolean): Promise<FormResult> {
  const actor = await currentActor();
  return run(() => setUserDisabled(db, { actor, input: { userId, disabled } }));
}
