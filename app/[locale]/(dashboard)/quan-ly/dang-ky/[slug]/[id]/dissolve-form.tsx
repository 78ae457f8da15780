"use client";

import { useKeptForm } from "../../_ui/use-kept-form";
import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";
import { FormMessage, TextField } from "../../_ui/field";
import { fieldMessage, type FormState } from "../../_ui/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; t: Messages["register"]; locale: Locale };

export function DissolveForm({ action, t, locale }: Props) {
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
    >
      <p className="text-sm text-muted">{t.dissolve.intro}</p>
      <FormMessage text={state.message} tone="error" />
      <TextField idPrefix="dissolve" name="dissolvedYear" label={t.dissolve.year} defaultValue={state.values.dissolvedYear ?? String(new Date().getFullYear())} error={fieldMessage(state, "dissolvedYear", locale)} inputMode="numeric" className="max-w-xs" />
      <button type="submit" disabled={pending} className="rounded border border-warn px-4 py-2 text-warn hover:bg-warn-soft disabled:opacity-60">{t.dissolve.submit}</button>
    </form>
  );
}
