"use client";

import { useState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";
import type { ProvinceOption } from "@/lib/queries/users";
import { RequiredMark } from "@/components/dashboard/field";

export type UsersText = Messages["dashboard"]["users"];
export type RoleWords = Messages["dashboard"]["roles"];

export const ROLE_ORDER: Role[] = ["PROVINCE_EDITOR", "PROVINCE_APPROVER", "COMMITTEE", "ADMIN"];
const provincial = (r: Role) => r === "PROVINCE_EDITOR" || r === "PROVINCE_APPROVER";

type Props = {
  idPrefix: string;
  t: UsersText;
  roles: RoleWords;
  provinces: ProvinceOption[];
  initialRole: Role;
  initialProvinceId: number | null;
  /** The words of each field's problem, as the action gave them. */
  errors: { role?: string; provinceId?: string };
  /** Whose role it is, when a page holds one form per user: each field's name then says whose it is. */
  who?: string;
};

/** Role and province, which must agree: the province is asked only for the provincial roles. */
export function RoleFields({ idPrefix, t, roles, provinces, initialRole, initialProvinceId, errors, who }: Props) {
  const whose = who ? <span className="sr-only"> ({who})</span> : null;
  const [role, setRole] = useState<Role>(initialRole);
  const roleError = errors.role ?? null;
  const provinceError = errors.provinceId ?? null;
  const needsProvince = provincial(role);
  return (
    <>
      <div>
        <div className="font-medium"><label htmlFor={`${idPrefix}-role`}>{t.role}{whose}</label><RequiredMark /></div>
        <select
          id={`${idPrefix}-role`} name="role" required value={role} onChange={(e) => setRole(e.target.value as Role)}
          aria-invalid={roleError ? true : undefined} aria-describedby={roleError ? `${idPrefix}-role-error` : undefined}
          className="mt-1 w-full rounded border border-line bg-surface px-2 py-1"
        >
          {ROLE_ORDER.map((r) => <option key={r} value={r}>{roles[r]}</option>)}
        </select>
        {roleError && <p id={`${idPrefix}-role-error`} className="mt-1 text-sm text-alert">{roleError}</p>}
      </div>
      <div>
        <div className="font-medium"><label htmlFor={`${idPrefix}-province`}>{t.province}{whose}</label>{needsProvince && <RequiredMark />}</div>
        {/* A disabled select sends nothing: the non-provincial roles get no province. */}
        <select
          id={`${idPrefix}-province`} name="provinceId" defaultValue={initialProvinceId ?? ""} disabled={!needsProvince} required={needsProvince}
          aria-invalid={provinceError ? true : undefined}
          aria-describedby={`${idPrefix}-province-hint${provinceError ? ` ${idPrefix}-province-error` : ""}`}
          className="mt-1 w-full rounded border border-line bg-surface px-2 py-1 disabled:opacity-60"
        >
          <option value="">{t.provinceNone}</option>
          {provinces.map((p) => <option key={p.id} value={p.id}>{p.merged ? `${p.name} (—2025)` : p.name}</option>)}
        </select>
        <p id={`${idPrefix}-province-hint`} className="mt-1 text-sm text-muted">{t.provinceHint}</p>
        {provinceError && <p id={`${idPrefix}-province-error`} className="mt-1 text-sm text-alert">{provinceError}</p>}
      </div>
    </>
  );
}
