"use client";
// Add or edit one target of a term. The year field shows for annual targets only; numbers are typed the page's
// way ("1.342", "1,5"); a failed save keeps what was typed and names the problem beside each field.
import { KeptFormFrame } from "@/components/dashboard/kept-form-frame";
import { useKeptForm } from "@/components/dashboard/use-kept-form";
import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { TARGET_KINDS, TARGET_QUALIFIERS } from "@/lib/validation/target";
import { SelectField, TextArea, TextField, type Option } from "@/components/dashboard/field";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  initial: Record<string, string>;
  indicators: { label: string; options: Option[] }[];
  sources: Option[];
  t: Messages["register"]["targets"];
};

export function TargetForm({ action, initial, indicators, sources, t }: Props) {
  const form = useKeptForm(action);
  const { values, pending, err } = form;
  const v = { ...initial, ...values };
  const [kind, setKind] = useState(v.kind ?? "");
  const f = t.form;
  return (
    <KeptFormFrame form={form} idPrefix="target">
      <SelectField idPrefix="target" name="indicator" label={f.indicator} defaultValue={v.indicator ?? ""} error={err("indicator")} required options={[{ value: "", label: f.choose }]} groups={indicators} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          idPrefix="target" name="kind" label={f.kind} defaultValue={v.kind ?? ""} error={err("kind")} onChange={setKind} required
          help={kind ? t.kinds[kind as keyof typeof t.kinds].help : undefined}
          options={[{ value: "", label: f.choose }, ...TARGET_KINDS.map((k) => ({ value: k, label: t.kinds[k].name }))]}
        />
        {kind === "ANNUAL" ? <TextField idPrefix="target" name="year" label={f.year} help={f.yearHelp} defaultValue={v.year} error={err("year")} inputMode="numeric" /> : <div />}
        <TextField idPrefix="target" name="min" label={f.min} help={f.numberHelp} defaultValue={v.min} error={err("min")} inputMode="decimal" required />
        <TextField idPrefix="target" name="max" label={f.max} defaultValue={v.max} error={err("max")} inputMode="decimal" />
        <SelectField idPrefix="target" name="qualifier" label={f.qualifier} defaultValue={v.qualifier ?? "EXACT"} error={err("qualifier")} options={TARGET_QUALIFIERS.map((q) => ({ value: q, label: t.qualifiers[q] }))} />
        <SelectField idPrefix="target" name="sourceId" label={f.source} defaultValue={v.sourceId ?? ""} error={err("sourceId")} options={[{ value: "", label: f.sourceNone }, ...sources]} />
      </div>
      <TextArea idPrefix="target" name="note" label={f.note} help={f.noteHelp} defaultValue={v.note} error={err("note")} />
      <button type="submit" disabled={pending} className="rounded border border-accent bg-accent px-4 py-2 text-white disabled:opacity-60">{pending ? f.saving : f.save}</button>
    </KeptFormFrame>
  );
}
