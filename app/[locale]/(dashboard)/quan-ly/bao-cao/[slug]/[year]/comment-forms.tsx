"use client";
// The thread's forms: a new comment (on the report or one value), a reply, and marking a topic resolved. Server
// actions bound to the report: they work without JavaScript; a refused comment keeps what was typed.
import { useActionState } from "react";
import { FormMessage, SelectField, TextArea, type Option } from "@/components/dashboard/field";
import { useKeptForm } from "@/components/dashboard/use-kept-form";
import { fieldMessage, NOT_SENT } from "@/lib/actions/result";
import type { CommentResult } from "./comment-actions";

type Action = (prev: CommentResult, form: FormData) => Promise<CommentResult>;

interface CommentFormProps {
  action: Action;
  /** Prefix of the ids: one per form on the page. */
  idPrefix: string;
  label: string;
  send: string;
  sent: string;
  /** A reply: the topic it answers. */
  parentId?: number;
  /** A new comment: what it may be about (the report, or one indicator). */
  about?: { label: string; options: Option[] };
}

export function CommentForm({ action, idPrefix, label, send, sent, parentId, about }: CommentFormProps) {
  const { state, values, formAction, pending, onSubmit } = useKeptForm(action as never);
  const result = state as CommentResult;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      {parentId !== undefined && <input type="hidden" name="parentId" value={parentId} />}
      {about && <SelectField idPrefix={idPrefix} name="indicatorCode" label={about.label} options={about.options} className="max-w-md" />}
      {/* A new key after each comment sent: the box empties for the next one. */}
      <TextArea key={result.ok ? result.at : "typing"} idPrefix={idPrefix} name="body" label={label} rows={2} defaultValue={values.body} error={fieldMessage(result, "body") ?? fieldMessage(result, "indicatorCode")} className="max-w-2xl" />
      {!result.ok && result.message && <FormMessage text={result.message} tone="error" />}
      {result.ok && <p role="status" className="text-sm text-ok">{sent}</p>}
      <button type="submit" disabled={pending} className="rounded border border-accent px-3 py-1.5 font-medium text-accent disabled:opacity-60">{send}</button>
    </form>
  );
}

export function ResolveButton({ action, label }: { action: Action; label: string }) {
  const [state, formAction, pending] = useActionState(action, NOT_SENT as CommentResult);
  return (
    <form action={formAction} className="inline">
      <button type="submit" disabled={pending} className="rounded bg-ok px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">{label}</button>
      {!state.ok && state.message && <FormMessage text={state.message} tone="error" />}
    </form>
  );
}
