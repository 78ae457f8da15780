"use client";
// The report's source document: number, date of issue, issuer (decision 0040); with `indicator`, one value's own
// source, chosen among the report's figures. A server action bound to the report: it works without JavaScript,
// and keeps what was typed when a field is refused.
import { FormErrors, FormMessage, SelectField, TextField, type Option } from "@/components/dashboard/field";
import { useKeptForm } from "@/components/dashboard/use-kept-form";
import { fieldMessage, type ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  t: Messages["sources"]["form"];
  current: { documentNo: string; issuedOn: string; issuer: string };
  /** Element ids' prefix: two citation forms share the section. */
  idPrefix?: string;
  intro?: string;
  /** A value's citation: the select of the report's figures (the first option chooses none). */
  indicator?: { label: string; options: Option[] };
};

export function CitationForm({ action, t, current, idPrefix = "nguon", intro, indicator }: Props) {
  const { state, values, formAction, pending, onSubmit } = useKeptForm(action);
  const value = (f: keyof Props["current"]) => values[f] ?? current[f];
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3" aria-labelledby={`${idPrefix}-form-title`}>
      <h3 id={`${idPrefix}-form-title`} className="font-semibold">{t.legend}</h3>
      {intro && <p className="text-sm text-muted">{intro}</p>}
      <FormErrors result={state} idPrefix={idPrefix} />
      {state.ok && <FormMessage text={t.saved} tone="ok" />}
      <div className="grid gap-3 sm:grid-cols-2">
        {indicator && <SelectField idPrefix={idPrefix} name="indicator" label={indicator.label} options={indicator.options} defaultValue={values.indicator ?? ""} error={fieldMessage(state, "indicator")} required className="sm:col-span-2" />}
        <TextField idPrefix={idPrefix} name="documentNo" label={t.documentNo} help={t.documentNoHelp} defaultValue={value("documentNo")} error={fieldMessage(state, "documentNo")} maxLength={100} required />
        <TextField idPrefix={idPrefix} name="issuedOn" label={t.issuedOn} help={t.issuedOnHelp} defaultValue={value("issuedOn")} error={fieldMessage(state, "issuedOn")} inputMode="numeric" required />
        <TextField idPrefix={idPrefix} name="issuer" label={t.issuer} help={t.issuerHelp} defaultValue={value("issuer")} error={fieldMessage(state, "issuer")} maxLength={300} required className="sm:col-span-2" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t.saving : t.submit}
      </button>
    </form>
  );
}
