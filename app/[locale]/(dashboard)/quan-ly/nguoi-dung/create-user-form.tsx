"use client";

import { useRef, useState, type FormEvent } from "react";
import { fill } from "@/lib/i18n/fill";
import type { ProvinceOption } from "@/lib/queries/users";
import { localFailure, type ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/domain/types";
import { createUserAction } from "./actions";
import { RoleFields, type RoleWords, type UsersText } from "./role-fields";
import { RequiredLegend } from "@/components/ui-text";
import { RequiredMark } from "@/components/dashboard/field";


/** A new account: what was typed stays after a refusal; the form empties only once the account exists. */
export function CreateUserForm({ t, locale, roles, provinces }: { t: UsersText; locale: Locale; roles: RoleWords; provinces: ProvinceOption[] }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setCreated(null);
    const r = await createUserAction(locale, form).catch((): ActionResult => localFailure("NETWORK", t.codes.UNEXPECTED));
    setBusy(false);
    setResult(r);
    if (r.ok) {
      setCreated(String(form.get("email") ?? "").trim().toLowerCase());
      formRef.current?.reset();
      setGeneration((g) => g + 1);
    }
  }

  const fields: Record<string, string> = result && !result.ok ? Object.fromEntries(result.fields.map((f) => [f.field, f.message])) : {};
  const general = result && !result.ok ? result.message : null;
  const text = (name: string, label: string, type: string, hint?: string) => {
    const error = fields[name] ?? null;
    const described = [hint ? `new-${name}-hint` : null, error ? `new-${name}-error` : null].filter(Boolean).join(" ") || undefined;
    return (
      <div>
        <div className="font-medium"><label htmlFor={`new-${name}`}>{label}</label><RequiredMark /></div>
        <input
          id={`new-${name}`} name={name} type={type} required autoComplete={type === "password" ? "new-password" : "off"}
          aria-invalid={error ? true : undefined} aria-describedby={described}
          className="mt-1 w-full rounded border border-line bg-surface px-3 py-1.5"
        />
        {hint && <p id={`new-${name}-hint`} className="mt-1 text-sm text-muted">{hint}</p>}
        {error && <p id={`new-${name}-error`} className="mt-1 text-sm text-alert">{error}</p>}
      </div>
    );
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-4 rounded border border-line bg-surface p-4 md:grid-cols-2" aria-labelledby="create-user-title">
      <h2 id="create-user-title" className="text-xl font-bold md:col-span-2">{t.createTitle}</h2>
      {general && <p role="alert" className="rounded border border-alert bg-alert-soft p-3 text-alert md:col-span-2">{general}</p>}
      {created && <p role="status" className="text-ok md:col-span-2">{fill(t.created, { email: created })}</p>}
      <div className="md:col-span-2"><RequiredLegend /></div>
      {text("email", t.email, "email")}
      {text("name", t.name, "text")}
      <RoleFields
        key={generation} idPrefix="new" t={t} roles={roles} provinces={provinces}
        initialRole="PROVINCE_EDITOR" initialProvinceId={null} errors={{ role: fields.role, provinceId: fields.provinceId }}
      />
      {text("password", t.password, "password", t.passwordHint)}
      <div className="flex items-end">
        <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
          {busy ? t.saving : t.create}
        </button>
      </div>
    </form>
  );
}
