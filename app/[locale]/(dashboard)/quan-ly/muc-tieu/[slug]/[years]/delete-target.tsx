"use client";
// Removing a target asks first, in the page itself (no browser dialog): "Xóa hẳn" or "Thôi".
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Props = { action: () => Promise<ActionResult>; name: string; words: { remove: string; confirm: string; confirmYes: string; confirmNo: string } };

export function DeleteTarget({ action, name, words }: Props) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!asking) {
    return <button type="button" onClick={() => setAsking(true)} className="text-alert underline" aria-label={`${words.remove}: ${name}`}>{words.remove}</button>;
  }
  return (
    <div role="group" aria-label={words.remove} className="space-y-1">
      <p className="text-sm">{words.confirm.replace("{name}", name)}</p>
      <div className="flex gap-2">
        <button
          type="button" disabled={pending} className="rounded border border-alert px-2 text-alert disabled:opacity-60"
          onClick={() => startTransition(async () => { const r = await action(); if (r && !r.ok) setError(r.message); })}
        >
          {words.confirmYes}
        </button>
        <button type="button" onClick={() => setAsking(false)} className="rounded border border-line px-2">{words.confirmNo}</button>
      </div>
      {error && <p role="alert" className="text-sm text-alert">{error}</p>}
    </div>
  );
}
