"use client";
// The unit form (add and edit). Submitting keeps what was typed when the save fails: the form is not reset,
// and each field shows its own message (aria-describedby). Numbers are typed the page's way ("1.342").
import { KeptFormFrame } from "@/components/dashboard/kept-form-frame";
import { useKeptForm } from "@/components/dashboard/use-kept-form";
import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { MAY_JOIN_UNION, RATINGS, SECTORS, UNIT_TYPES } from "@/lib/validation/register-unit";
import { SelectField, TextField } from "@/components/dashboard/field";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  action: (prev: ActionResult, form: FormData) => Promise<ActionResult>;
  initial: Record<string, string>;
  unions: { id: number; name: string; dissolvedYear: number | null }[];
  t: Messages["register"];
  showDissolved: boolean;
};

export function UnitForm({ action, initial, unions, t, showDissolved }: Props) {
  const form = useKeptForm(action);
  const { values, pending, err } = form;
  const v = { ...initial, ...values };
  const [type, setType] = useState(v.type ?? "");
  const f = t.form;
  const opt = <K extends string>(keys: readonly K[], words: Record<K, string>) => keys.map((k) => ({ value: k, label: words[k] }));
  return (
    <KeptFormFrame form={form}>
      <TextField name="name" label={f.name} defaultValue={v.name} error={err("name")} required maxLength={300} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField name="type" label={f.type} defaultValue={v.type ?? ""} error={err("type")} onChange={setType} required options={[{ value: "", label: f.choose }, ...opt(UNIT_TYPES, t.typesLong)]} />
        <SelectField name="sector" label={f.sector} defaultValue={v.sector ?? ""} error={err("sector")} required options={[{ value: "", label: f.choose }, ...opt(SECTORS, t.sectors)]} />
        <TextField name="commune" label={f.commune} defaultValue={v.commune} error={err("commune")} maxLength={120} />
        <TextField name="registrationNo" label={f.registrationNo} defaultValue={v.registrationNo} error={err("registrationNo")} maxLength={32} />
        <TextField name="foundedYear" label={f.foundedYear} defaultValue={v.foundedYear} error={err("foundedYear")} inputMode="numeric" required />
        {showDissolved && <TextField name="dissolvedYear" label={f.dissolvedYear} help={f.dissolvedHelp} defaultValue={v.dissolvedYear} error={err("dissolvedYear")} inputMode="numeric" />}
        <TextField name="members" label={f.members} help={f.numberHelp} defaultValue={v.members} error={err("members")} inputMode="numeric" />
        <TextField name="workers" label={f.workers} help={f.numberHelp} defaultValue={v.workers} error={err("workers")} inputMode="numeric" />
        <SelectField name="rating" label={f.rating} defaultValue={v.rating ?? ""} error={err("rating")} options={[{ value: "", label: f.ratingNone }, ...opt(RATINGS, t.ratings)]} />
        <TextField name="ratingYear" label={f.ratingYear} defaultValue={v.ratingYear} error={err("ratingYear")} inputMode="numeric" />
      </div>
      {(MAY_JOIN_UNION as readonly string[]).includes(type) || v.unionId ? (
        <SelectField
          name="unionId" label={f.union} help={f.unionHelp} defaultValue={v.unionId ?? ""} error={err("unionId")}
          options={[{ value: "", label: f.unionNone }, ...unions.map((u) => ({ value: String(u.id), label: u.dissolvedYear ? `${u.name} (${f.unionDissolved})` : u.name }))]}
        />
      ) : null}
      <button type="submit" disabled={pending} className="rounded border border-accent bg-accent px-4 py-2 text-white disabled:opacity-60">
        {pending ? f.saving : f.save}
      </button>
    </KeptFormFrame>
  );
}
