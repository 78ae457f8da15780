"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { fieldMessage, localFailure, type ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/domain/types";
import { changePasswordAction } from "./actions";
import { RequiredLegend } from "@/components/ui-text";
import { RequiredMark } from "@/components/dashboard/field";

type Text = Messages["auth"]["password"];
const FIELDS = ["current", "next", "confirm"] as const;

/**
 * Current, new and repeated new password. On success every session of the user has ended (the service bumped
 * the session version), so the form signs out here too and sends the user to log in with the new password:
 * simpler and more honest than minting a new session behind next-auth's back.
 */
export function PasswordForm({ t, locale, afterChange }: { t: Text; locale: Locale; afterChange: string }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);

  // Called from onSubmit rather than as the form's action, so a failure leaves what was typed in place.
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const r = await changePasswordAction(locale, new FormData(event.currentTarget)).catch((): ActionResult => localFailure("NETWORK", t.unexpected));
    if (r.ok) {
      await signOut({ callbackUrl: afterChange });
      return;
    }
    setResult(r);
    setBusy(false);
  }

  const fieldError = (f: string) => fieldMessage(result, f) ?? null;
  const general = result && !result.ok ? result.message : null;
  const labels: Record<(typeof FIELDS)[number], string> = { current: t.current, next: t.next, confirm: t.confirm };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {general && <p role="alert" className="rounded border border-alert bg-alert-soft p-3 text-alert">{general}</p>}
      <RequiredLegend />
      {FIELDS.map((f) => {
        const error = fieldError(f);
        const describedBy = [f === "next" ? "pw-next-hint" : null, error ? `pw-${f}-error` : null].filter(Boolean).join(" ") || undefined;
        return (
          <div key={f}>
            <div className="font-medium"><label htmlFor={`pw-${f}`}>{labels[f]}</label><RequiredMark /></div>
            <input
              id={`pw-${f}`} name={f} type="password" required
              autoComplete={f === "current" ? "current-password" : "new-password"}
              aria-invalid={error ? true : undefined} aria-describedby={describedBy}
              className="mt-1 w-full rounded border border-line bg-surface px-3 py-2"
            />
            {f === "next" && <p id="pw-next-hint" className="mt-1 text-sm text-muted">{t.nextHint}</p>}
            {error && <p id={`pw-${f}-error`} className="mt-1 text-sm text-alert">{error}</p>}
          </div>
        );
      })}
      <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
        {busy ? t.submitting : t.submit}
      </button>
    </form>
  );
}
