"use client";
// An administrator's switch for the four-eyes exception of one province (off by default).
import { useId, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { setSinglePersonApprovalAction } from "./actions";

type Props = { slug: string; allowed: boolean; t: Messages["reportForm"]["index"] };

export function SinglePersonApproval({ slug, allowed, t }: Props) {
  const [checked, setChecked] = useState(allowed);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const id = useId();

  async function save() {
    setBusy(true);
    setNotice(null);
    const r = await setSinglePersonApprovalAction({ slug, allowed: checked }).catch(() => ({ ok: false }));
    setNotice(r.ok ? { error: false, text: t.singlePersonSaved } : { error: true, text: t.singlePersonFailed });
    setBusy(false);
  }

  return (
    <div className="max-w-3xl space-y-2 rounded border border-line bg-surface p-4">
      <p className="flex items-start gap-2">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} aria-describedby={`${id}-help`} className="mt-1" />
        <label htmlFor={id} className="font-medium">{t.singlePerson}</label>
      </p>
      <p id={`${id}-help`} className="text-sm text-muted">{t.singlePersonHelp}</p>
      <button type="button" disabled={busy} onClick={save} className="rounded border border-line px-3 py-1 text-sm hover:bg-accent-soft disabled:opacity-60">
        {t.singlePersonSave}
      </button>
      <p role="status" className={notice?.error ? "font-medium text-alert" : "text-ok"}>{notice?.text}</p>
    </div>
  );
}
