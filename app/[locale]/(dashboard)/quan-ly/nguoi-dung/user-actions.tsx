"use client";

import { useState, type FormEvent } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ProvinceOption } from "@/lib/queries/users";
import type { FormResult } from "../../action-result";
import { changeUserRoleAction, setUserDisabledAction } from "./actions";
import { errorText, RoleFields, type RoleWords, type UsersText } from "./role-fields";

type Props = {
  user: { id: number; email: string; role: Role; provinceId: number | null; disabled: boolean };
  self: boolean;
  t: UsersText;
  roles: RoleWords;
  provinces: ProvinceOption[];
};

const failedCall = (): FormResult => ({ ok: false, error: "UNEXPECTED", fields: [] });

/** Disable/enable, and the role and province of one user. The server refuses what an admin may not do to themselves. */
export function UserActions({ user, self, t, roles, provinces }: Props) {
  const [result, setResult] = useState<FormResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(call: () => Promise<FormResult>) {
    setBusy(true);
    const r = await call().catch(failedCall);
    setResult(r);
    setBusy(false);
  }
  const onRole = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void act(() => changeUserRoleAction(form));
  };

  const fields = result && !result.ok ? Object.fromEntries(result.fields.map((f) => [f.field, f.code])) : {};
  const general = result && !result.ok && result.error ? (t.codes[result.error as keyof UsersText["codes"]] ?? t.codes.UNEXPECTED) : null;
  const disabledError = errorText(t, fields.disabled);
  const id = `user-${user.id}`;

  return (
    <div className="space-y-2">
      {!self && (
        <button
          type="button" disabled={busy} onClick={() => void act(() => setUserDisabledAction(user.id, !user.disabled))}
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
          <RoleFields idPrefix={id} t={t} roles={roles} provinces={provinces} initialRole={user.role} initialProvinceId={user.provinceId} errors={{ role: fields.role, provinceId: fields.provinceId }} />
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
