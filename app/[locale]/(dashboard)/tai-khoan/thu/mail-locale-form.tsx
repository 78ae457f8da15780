"use client";

import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { fieldMessage, localFailure, type ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/domain/types";
import { setMailLocaleAction } from "./actions";

type Text = Messages["notifications"]["account"];

/** Vietnamese or English for the user's notification mail; says when it is saved (announced to screen readers). */
export function MailLocaleForm({ t, locale, current }: { t: Text; locale: Locale; current: "vi" | "en" }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setResult(await setMailLocaleAction(locale, new FormData(event.currentTarget)).catch((): ActionResult => localFailure("NETWORK", t.failed)));
    setBusy(false);
  }

  const error = fieldMessage(result, "locale");
  const general = result && !result.ok ? result.message : null;
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <p role="status" className={result?.ok ? "rounded border border-ok p-3 text-ok" : "sr-only"}>{result?.ok ? t.saved : ""}</p>
      {general && <p role="alert" className="rounded border border-alert bg-alert-soft p-3 text-alert">{general}</p>}
      <fieldset aria-describedby={error ? "mail-locale-error" : undefined}>
        <legend className="font-medium">{t.legend}</legend>
        {(["vi", "en"] as const).map((l) => (
          <label key={l} className="mt-2 flex items-center gap-2">
            <input type="radio" name="locale" value={l} defaultChecked={current === l} />
            {t[l]}
          </label>
        ))}
        {error && <p id="mail-locale-error" className="mt-1 text-sm text-alert">{error}</p>}
      </fieldset>
      <button type="submit" disabled={busy} className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
        {busy ? t.saving : t.save}
      </button>
    </form>
  );
}
