"use client";
// The report's source document: number, date of issue, issuer (decision 0040). A server action bound to the
// report: it works without JavaScript, and keeps what was typed when a field is refused.
import { FormErrors, FormMessage, TextField } from "@/components/dashboard/field";
import { useKeptForm } from "@/components/dashboard/use-kept-form";
import { fieldMessage, type ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  t: Messages["sources"]["form"];
  current: { documentNo: string; issuedOn: string; issuer: string };
};

export function CitationForm({ action, t, current }: Props) {
  const { state, values, formAction, pending, onSubmit } = useKeptForm(action);
  const value = (f: keyof Props["current"]) => values[f] ?? current[f];
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby="nguon-form-title">
      <h3 id="nguon-form-title" className="font-semibold">{t.legend}</h3>
      <FormErrors result={state} idPrefix="nguon" />
      {state.ok && <FormMessage text={t.saved} tone="ok" />}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField idPrefix="nguon" name="documentNo" label={t.documentNo} help={t.documentNoHelp} defaultValue={value("documentNo")} error={fieldMessage(state, "documentNo")} maxLength={100} required />
        <TextField idPrefix="nguon" name="issuedOn" label={t.issuedOn} help={t.issuedOnHelp} defaultValue={value("issuedOn")} error={fieldMessage(state, "issuedOn")} inputMode="numeric" required />
        <TextField idPrefix="nguon" name="issuer" label={t.issuer} help={t.issuerHelp} defaultValue={value("issuer")} error={fieldMessage(state, "issuer")} maxLength={300} required className="sm:col-span-2" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t.saving : t.submit}
      </button>
    </form>
  );
}
