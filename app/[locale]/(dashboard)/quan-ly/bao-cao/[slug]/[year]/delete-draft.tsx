"use client";
// Deleting a mistaken draft, after an explicit confirmation in the page (no browser dialog: it is read aloud
// and keyboard-reachable like the rest of the form). The server checks can() and that it is still a draft.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { draftKey } from "@/lib/report-form/local-draft";
import { deleteReportDraft } from "./actions";

type Props = { locale: Locale; slug: string; year: number; t: Messages["reportForm"]["deleteDraft"] };

export function DeleteDraft({ locale, slug, year, t }: Props) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    const r = await deleteReportDraft({ locale, slug, year }).catch(() => null);
    setBusy(false);
    if (r?.ok) {
      // What this browser kept of the draft goes with it, or the form would offer it back.
      const prefix = draftKey(slug, year, 0).replace(/0$/, "");
      for (const k of Object.keys(localStorage)) if (k.startsWith(prefix)) localStorage.removeItem(k);
      router.push(localePath(locale, `/quan-ly/bao-cao/${slug}`));
      return;
    }
    setError(fill(t.failed, { message: r?.message ?? "" }));
  }

  return (
    <section className="space-y-2" aria-live="polite">
      {!asking ? (
        <button type="button" onClick={() => setAsking(true)} className="rounded border border-alert px-3 py-1 text-sm text-alert">{t.button}</button>
      ) : (
        <div role="alertdialog" aria-labelledby="delete-draft-question" className="space-y-2 rounded border-2 border-alert bg-alert-soft p-3">
          <p id="delete-draft-question" className="font-medium">{fill(t.confirm, { year })}</p>
          <div className="flex gap-3">
            <button type="button" disabled={busy} onClick={remove} className="rounded bg-alert px-3 py-1 font-medium text-white disabled:opacity-60">{fill(t.confirmButton, { year })}</button>
            <button type="button" disabled={busy} onClick={() => setAsking(false)} className="rounded border border-line px-3 py-1">{t.cancel}</button>
          </div>
        </div>
      )}
      {error && <p role="alert" className="font-medium text-alert">{error}</p>}
    </section>
  );
}
