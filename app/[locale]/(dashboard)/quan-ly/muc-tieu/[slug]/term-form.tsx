"use client";

import { KeptFormFrame } from "@/components/dashboard/kept-form-frame";
import { useKeptForm } from "@/components/dashboard/use-kept-form";
import type { Messages } from "@/lib/i18n/messages";
import { TextArea, TextField } from "@/components/dashboard/field";
import type { ActionResult } from "@/lib/actions/result";

type Props = { action: (prev: ActionResult, form: FormData) => Promise<ActionResult>; t: Messages["register"]["targets"]["termForm"] };

export function TermForm({ action, t }: Props) {
  const form = useKeptForm(action);
  const { values, pending, err } = form;
  const v = values;
  return (
    <KeptFormFrame form={form} idPrefix="term">
      <div className="grid gap-4 md:grid-cols-3">
        <TextField idPrefix="term" name="congress" label={t.congress} help={t.congressHelp} defaultValue={v.congress} error={err("congress")} maxLength={8} />
        <TextField idPrefix="term" name="startYear" label={t.startYear} help={t.yearsHelp} defaultValue={v.startYear} error={err("startYear")} inputMode="numeric" required />
        <TextField idPrefix="term" name="endYear" label={t.endYear} defaultValue={v.endYear} error={err("endYear")} inputMode="numeric" required />
      </div>
      <TextField idPrefix="term" name="label" label={t.label} help={t.labelHelp} defaultValue={v.label} error={err("label")} maxLength={120} />
      <TextArea idPrefix="term" name="note" label={t.note} defaultValue={v.note} error={err("note")} />
      <button type="submit" disabled={pending} className="rounded border border-accent bg-accent px-4 py-2 text-white disabled:opacity-60">{t.submit}</button>
    </KeptFormFrame>
  );
}
