"use client";
// The workflow's buttons. The server decided which steps this user may take on this report (availableTransitions
// on the page); the service checks the same rules again when a step is sent.
import { useId, useState } from "react";
import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";
import type { Transition } from "@/lib/domain/report-workflow";
import { changeReportStatus } from "./actions";

export type Allowed = Record<Transition, boolean>;

interface Props {
  allowed: Allowed;
  locale: Locale;
  slug: string;
  year: number;
  t: Messages["reportForm"];
  version: () => number;
  /** Runs before a step (submit saves what is unsaved first); returns a message to stop, or null to go on. */
  prepare: (step: Transition) => Promise<string | null>;
  onDone: (step: Transition) => void;
}

const button = "rounded px-4 py-2 font-medium disabled:opacity-60";

export function WorkflowPanel({ allowed, locale, slug, year, t, version, prepare, onDone }: Props) {
  const w = t.workflow;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const [text, setText] = useState<Record<"return" | "reopen", string>>({ return: "", reopen: "" });
  const [textError, setTextError] = useState<"return" | "reopen" | null>(null);
  const ids = { return: useId(), reopen: useId() };

  async function run(step: Transition) {
    const needsText = step === "return" || step === "reopen";
    if (needsText && text[step].trim().length < 3) return setTextError(step);
    setTextError(null);
    setBusy(true);
    setNotice(null);
    try {
      const stop = await prepare(step);
      if (stop) return setNotice({ error: true, text: stop });
      const r = await changeReportStatus({ locale, slug, year, transition: step, version: version(), ...(needsText ? { comment: text[step] } : {}) });
      if (!r.ok) return setNotice({ error: true, text: [r.message, ...r.fields.map((f) => f.message)].join(" ") });
      setNotice({ error: false, text: w.done[step] });
      onDone(step);
    } catch {
      setNotice({ error: true, text: t.networkError });
    } finally {
      setBusy(false);
    }
  }

  if (!Object.values(allowed).some(Boolean)) return null;
  const textStep = (step: "return" | "reopen", label: string) => (
    <div className="space-y-1">
      <label htmlFor={ids[step]} className="block font-medium">{label}</label>
      <textarea
        id={ids[step]}
        rows={2}
        className="w-full max-w-xl rounded border border-line bg-surface px-2 py-1 aria-[invalid=true]:border-2 aria-[invalid=true]:border-alert"
        value={text[step]}
        aria-invalid={textError === step}
        aria-describedby={textError === step ? `${ids[step]}-error` : undefined}
        onChange={(e) => setText((s) => ({ ...s, [step]: e.target.value }))}
      />
      {textError === step && <p id={`${ids[step]}-error`} className="text-sm font-medium text-alert">{w.textRequired}</p>}
      <button type="button" disabled={busy} onClick={() => run(step)} className={`${button} border border-alert text-alert`}>
        {step === "return" ? w.return : w.reopen}
      </button>
    </div>
  );
  return (
    <section aria-labelledby="workflow-title" className="space-y-3 rounded border border-line bg-surface p-4">
      <h2 id="workflow-title" className="text-lg font-semibold">{w.title}</h2>
      <div className="flex flex-wrap gap-3">
        {allowed.submit && <button type="button" disabled={busy} onClick={() => run("submit")} className={`${button} bg-accent text-white`}>{w.submit}</button>}
        {allowed.approve && <button type="button" disabled={busy} onClick={() => run("approve")} className={`${button} bg-ok text-white`}>{w.approve}</button>}
      </div>
      {allowed.return && textStep("return", w.commentLabel)}
      {allowed.reopen && textStep("reopen", w.reasonLabel)}
      <p role="status" className={notice?.error ? "font-medium text-alert" : "text-ok"}>{busy ? w.working : notice?.text}</p>
    </section>
  );
}
