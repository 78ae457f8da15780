"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import { NOT_SENT, type ActionResult } from "@/lib/actions/result";

type FormAction = (prev: ActionResult, form: FormData) => Promise<ActionResult>;

/**
 * A form bound to a server action that keeps what was typed when the save fails: the submit is dispatched by hand,
 * because React resets a form after an action given to `action=` completes.
 */
export function useKeptForm(action: FormAction) {
  const [state, formAction] = useActionState(action, NOT_SENT as ActionResult);
  const [pending, startTransition] = useTransition();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  // What the user typed, as the last failed answer gave it back.
  const values = state.ok ? {} : state.values;
  return { state, values, formAction, pending, onSubmit };
}
