"use client";
// Deleting an attached file while the report is a draft (decision 0040): a server action, so it works without
// JavaScript; a refusal (the report was submitted meanwhile) is said beside the button.
import { useActionState } from "react";
import { NOT_SENT, type ActionResult } from "@/lib/actions/result";

type Props = { action: (prev: ActionResult) => Promise<ActionResult>; label: string };

export function RemoveSourceFile({ action, label }: Props) {
  const [state, formAction, pending] = useActionState(action, NOT_SENT as ActionResult);
  return (
    <form action={formAction} className="inline">
      <button type="submit" disabled={pending} className="rounded border border-alert px-2 py-0.5 text-sm text-alert disabled:opacity-60">{label}</button>
      {!state.ok && state.message && <span role="alert" className="ml-2 text-sm text-alert">{state.message}</span>}
    </form>
  );
}
