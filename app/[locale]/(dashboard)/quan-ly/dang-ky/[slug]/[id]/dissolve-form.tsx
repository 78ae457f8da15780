"use client";

import { useKeptForm } from "@/components/dashboard/use-kept-form";
import type { Messages } from "@/lib/i18n/messages";
import { FormErrors, TextField } from "@/components/dashboard/field";
import { fieldMessage, type ActionResult } from "@/lib/actions/result";

type Props = { action: (prev: ActionResult, form: FormData) => Promise<ActionResult>; t: Messages["register"] };

export function DissolveForm({ action, t }: Props) {
  const { state, values, formAction, pending, onSubmit } = useKeptForm(action);
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
    >
      <p className="text-sm text-muted">{t.dissolve.intro}</p>
      <FormErrors result={state} idPrefix="dissolve" />
      <TextField idPrefix="dissolve" name="dissolvedYear" label={t.dissolve.year} labelExtra={t.dissolve.submit} defaultValue={values.dissolvedYear ?? String(new Date().getFullYear())} error={fieldMessage(state, "dissolvedYear")} inputMode="numeric" className="max-w-xs" required />
      <button type="submit" disabled={pending} className="rounded border border-warn px-4 py-2 text-warn hover:bg-warn-soft disabled:opacity-60">{t.dissolve.submit}</button>
    </form>
  );
}
