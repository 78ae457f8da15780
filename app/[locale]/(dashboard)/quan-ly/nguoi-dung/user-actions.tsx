"use client";

import { useState, type FormEvent } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ProvinceOption } from "@/lib/queries/users";
import { localFailure, type ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/domain/types";
import { changeUserRoleAction, setUserDisabledAction } from "./actions";
import { RoleFields, type RoleWords, type UsersText } from "./role-fields";

type Props = {
  user: { id: number; email: string; role: Role; provinceId: number | null; disabled: boolean };
  self: boolean;
  t: UsersText;
  locale: Locale;
  roles: RoleWords;
  provinces: ProvinceOption[];
};


/** Disable/enable, and the role and province of one user. The server refuses what an admin may not do to themselves. */
export function UserActions({ user, self, t, locale, roles, provinces }: Props) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(call: () => Promise<ActionResult>) {
    setBusy(true);
    const r = await call().catch((): ActionResult => localFailure("NETWORK", t.codes.UNEXPECTED));
    setResult(r);
    setBusy(false);
  }
  const onRole = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void act(() => changeUserRoleAction(locale, form));
  };

  const fields: Record<string, string> = result && !result.ok ? Object.fromEntries(result.fields.map((f) => [f.field, f.message])) : {};
  // A refused field speaks for itself beside the field; only other failures need a general message here.
  const general = result && !result.ok && result.code !== "INVALID" ? result.message : null;
  const disabledError = fields.disabled ?? null;
  const id = `user-${user.id}`;

  return (
    <div className="space-y-2">
      {!self && (
        <button
          type="button" disabled={busy} onClick={() => void act(() => setUserDisabledAction(locale, user.id, !user.disabled))}
          aria-label={`${user.disabled ? t.enable : t.disable}: ${user.email}`}
          className="rounded border border-line px-2 py-1 text-sm hover:bg-accent-soft disabled:opacity-60"
        >
          {user.disabled ? t.enable : t.disable}
        </button>
      )}
      <details>
        <summary className="cursor-pointer text-sm text-accent">{t.editRole}</summary>
        <form onSubmit={onRole} noValidate className="mt-2 space-y-2">
          <input type="hidden" name="userId" value={user.id} />
          <RoleFields idPrefix={id} t={t} roles={roles} provinces={provinces} initialRole={user.role} initialProvinceId={user.provinceId} errors={{ role: fields.role, provinceId: fields.provinceId }} who={user.email} />
          <button type="submit" disabled={busy} className="rounded border border-line px-2 py-1 text-sm hover:bg-accent-soft disabled:opacity-60">
            {busy ? t.saving : t.saveRole}
          </button>
        </form>
      </details>
      {(general || disabledError) && <p role="alert" className="text-sm text-alert">{general ?? disabledError}</p>}
      {result?.ok && <p role="status" className="text-sm text-ok">{t.saved}</p>}
    </div>
  );
}
