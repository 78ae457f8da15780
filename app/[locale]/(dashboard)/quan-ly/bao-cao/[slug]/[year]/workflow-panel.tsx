"use client";
// The workflow's buttons. The server decided which steps this user may take on this report (availableTransitions
// on the page); the service checks the same rules again when a step is sent. Each step is a form: with
// JavaScript the script sends it (after saving what is unsaved); without, the form posts to workflowStepAction.
// Submitting shows the checklist (empty indicators, unexplained warnings; decision 0039) and, with gaps, asks for
// the confirmation the server checks and records.
import { useActionState, useId, useState, type FormEvent, type ReactNode } from "react";
import { FormMessage } from "@/components/dashboard/field";
import { failureText, NOT_SENT, type ActionResult } from "@/lib/actions/result";
import type { Checklist } from "@/lib/domain/submit-checklist";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Transition } from "@/lib/domain/report-workflow";
import { changeReportStatus } from "./actions";
import { workflowStepAction } from "./workflow-actions";

export type Allowed = Record<Transition, boolean>;

interface Props {
  allowed: Allowed;
  locale: Locale;
  slug: string;
  year: number;
  t: Messages["reportForm"];
  words: Messages["comments"]["checklist"];
  version: () => number;
  /** The checklist of what is typed now, drawn as the user types. */
  checklist: Checklist;
  /** The checklist once what was unsaved is saved (its warnings come from the save's answer). */
  checklistNow: () => Checklist;
  nameOf: (code: string) => string;
  /** Runs before a step (submit saves what is unsaved first); returns a message to stop, or null to go on. */
  prepare: (step: Transition) => Promise<string | null>;
  onDone: (step: Transition) => void;
}

const button = "rounded px-4 py-2 font-medium disabled:opacity-60";

export function WorkflowPanel({ allowed, locale, slug, year, t, words, version, checklist, checklistNow, nameOf, prepare, onDone }: Props) {
  const w = t.workflow;
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ error: boolean; text: string } | null>(null);
  const [text, setText] = useState<Record<"return" | "reopen", string>>({ return: "", reopen: "" });
  const [textError, setTextError] = useState<"return" | "reopen" | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  // Without JavaScript the forms post here; its refusal comes back as this state.
  const [posted, formAction] = useActionState(workflowStepAction, NOT_SENT as ActionResult);
  const ids = { return: useId(), reopen: useId(), confirm: useId() };

  async function run(step: Transition) {
    const needsText = step === "return" || step === "reopen";
    if (needsText && text[step].trim().length < 3) return setTextError(step);
    setTextError(null);
    setBusy(true);
    setNotice(null);
    try {
      const stop = await prepare(step);
      if (stop) return setNotice({ error: true, text: stop });
      if (step === "submit") {
        const now = checklistNow();
        if (now.unexplained.length) return setNotice({ error: true, text: words.explainFirst });
        if (now.empty.length && !confirmed) return setNotice({ error: true, text: words.confirmFirst });
      }
      const r = await changeReportStatus({
        locale, slug, year, transition: step, version: version(), ...(needsText ? { comment: text[step] } : {}), ...(step === "submit" ? { confirmGaps: confirmed } : {}),
      });
      if (!r.ok) return setNotice({ error: true, text: failureText(r) });
      setNotice(null);
      onDone(step);
    } catch {
      setNotice({ error: true, text: t.networkError });
    } finally {
      setBusy(false);
    }
  }

  if (!Object.values(allowed).some(Boolean)) return null;
  const stepForm = (step: Transition, children: ReactNode) => (
    <form action={formAction} onSubmit={(e: FormEvent) => { e.preventDefault(); void run(step); }} className="space-y-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="transition" value={step} />
      {children}
    </form>
  );
  const textStep = (step: "return" | "reopen", label: string) => stepForm(step, (
    <>
      <label htmlFor={ids[step]} className="block font-medium">{label}</label>
      <textarea
        id={ids[step]}
        name="comment"
        rows={2}
        className="w-full max-w-xl rounded border border-line bg-surface px-2 py-1 aria-[invalid=true]:border-2 aria-[invalid=true]:border-alert"
        value={text[step]}
        aria-invalid={textError === step}
        aria-describedby={textError === step ? `${ids[step]}-error` : undefined}
        onChange={(e) => setText((s) => ({ ...s, [step]: e.target.value }))}
      />
      {textError === step && <p id={`${ids[step]}-error`} className="text-sm font-medium text-alert">{w.textRequired}</p>}
      <button type="submit" disabled={busy} className={`${button} border border-alert text-alert`}>
        {step === "return" ? w.return : w.reopen}
      </button>
    </>
  ));
  const list = (codes: string[]) => <ul className="ml-5 list-disc text-sm">{codes.map((c) => <li key={c}>{nameOf(c)}</li>)}</ul>;
  return (
    <section aria-labelledby="workflow-title" className="space-y-3 rounded border border-line bg-surface p-4">
      <h2 id="workflow-title" className="text-lg font-semibold">{w.title}</h2>
      {allowed.submit && stepForm("submit", (
        <div className="space-y-2" data-testid="submit-checklist">
          <h3 className="font-semibold">{words.title}</h3>
          {checklist.empty.length === 0 && checklist.unexplained.length === 0 && <p className="text-sm text-ok">{words.complete}</p>}
          {checklist.unexplained.length > 0 && (
            <div className="rounded border border-alert bg-alert-soft p-2 text-alert">
              <p className="font-medium">{fill(words.unexplained, { n: checklist.unexplained.length })}</p>
              {list(checklist.unexplained)}
            </div>
          )}
          {checklist.empty.length > 0 && (
            <div className="rounded border border-warn bg-warn-soft p-2">
              <p className="font-medium">{fill(words.empty, { n: checklist.empty.length })}</p>
              {list(checklist.empty)}
              <label htmlFor={ids.confirm} className="mt-2 flex items-center gap-2 font-medium">
                <input id={ids.confirm} type="checkbox" name="confirmGaps" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
                {fill(words.confirm, { n: checklist.empty.length })}
              </label>
            </div>
          )}
          <button type="submit" disabled={busy} className={`${button} bg-accent text-white`}>{w.submit}</button>
        </div>
      ))}
      {allowed.approve && stepForm("approve", <button type="submit" disabled={busy} className={`${button} bg-ok text-white`}>{w.approve}</button>)}
      {allowed.return && textStep("return", w.commentLabel)}
      {allowed.reopen && textStep("reopen", w.reasonLabel)}
      {!posted.ok && posted.code && <FormMessage text={failureText(posted)} tone="error" />}
      <p role="status" className={notice?.error ? "font-medium text-alert" : "text-ok"}>{busy ? w.working : notice?.text}</p>
    </section>
  );
}
