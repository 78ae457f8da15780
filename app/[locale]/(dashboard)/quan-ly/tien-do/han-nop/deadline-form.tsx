"use client";
// Sets one year's due day. Without script the form still posts to its server action (and the page says what
// was saved); with script it keeps what was typed when the save fails.
import { FormErrors, TextField } from "@/components/dashboard/field";
import { useKeptForm } from "@/components/dashboard/use-kept-form";
import type { ActionResult } from "@/lib/actions/result";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  defaults: { year: string; dueOn: string };
  t: Messages["progressBoard"]["deadlines"];
};

export function DeadlineForm({ action, defaults, t }: Props) {
  const { state, values, err, formAction, pending, onSubmit } = useKeptForm(action);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-line bg-surface p-4" aria-labelledby="deadline-legend">
      <h2 id="deadline-legend" className="text-lg font-semibold">{t.legend}</h2>
      <FormErrors result={state} idPrefix="deadline" />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField idPrefix="deadline" name="year" label={t.year} help={t.yearHelp} defaultValue={values.year ?? defaults.year} error={err("year")} inputMode="numeric" maxLength={4} required />
        <TextField idPrefix="deadline" name="dueOn" label={t.dueOn} help={t.dueOnHelp} defaultValue={values.dueOn ?? defaults.dueOn} error={err("dueOn")} maxLength={10} required />
      </div>
      <button type="submit" disabled={pending} className="rounded border border-accent bg-accent px-4 py-2 text-white disabled:opacity-60">{t.submit}</button>
    </form>
  );
}
