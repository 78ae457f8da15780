"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { loginErrorMessage, type LoginErrorText } from "./login-error";
import { RequiredLegend } from "@/components/ui-text";
import { RequiredMark } from "@/components/dashboard/field";
import { SIGNED_IN_HINT } from "@/lib/auth/signed-in-hint";

type Text = LoginErrorText & { email: string; password: string; submit: string; submitting: string; required: string };

/** Email and password, checked by next-auth's credentials provider; what was typed stays on a failure. */
export function LoginForm({ back, text }: { back: string; text: Text }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!email || !password) return setError(text.required);
    setBusy(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        // A full load, so every server component renders with the new session cookie; the hint tells the
        // header of a cached public page to ask who is signed in (lib/auth/signed-in-hint.ts).
        document.cookie = `${SIGNED_IN_HINT}=1; Path=/; Max-Age=${8 * 60 * 60}; SameSite=Lax`;
        window.location.assign(back);
        return;
      }
      setError(loginErrorMessage(result?.error ?? "", text));
    } catch {
      setError(text.failed);
    }
    setBusy(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4" aria-describedby={error ? "login-error" : undefined}>
      <RequiredLegend />
      <div>
        <div className="font-medium"><label htmlFor="login-email">{text.email}</label><RequiredMark /></div>
        <input
          id="login-email" name="email" type="email" autoComplete="username" required
          aria-invalid={error ? true : undefined}
          className="mt-1 w-full rounded border border-line bg-surface px-3 py-2"
        />
      </div>
      <div>
        <div className="font-medium"><label htmlFor="login-password">{text.password}</label><RequiredMark /></div>
        <input
          id="login-password" name="password" type="password" autoComplete="current-password" required
          aria-invalid={error ? true : undefined}
          className="mt-1 w-full rounded border border-line bg-surface px-3 py-2"
        />
      </div>
      {error && (
        <p id="login-error" role="alert" className="rounded border border-alert bg-alert-soft p-3 text-alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
        {busy ? text.submitting : text.submit}
      </button>
    </form>
  );
}
