"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import { fieldMessage, NOT_SENT, type ActionResult } from "@/lib/actions/result";

type FormAction = (prev: ActionResult, form: FormData) => Promise<ActionResult>;

/**
 * A form bound to a server action that keeps what was typed when the save fails: the submit is dispatched by hand,
 * because React resets a form after an action given to `action=` completes.
 */
export type KeptForm = ReturnType<typeof useKeptForm>;

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
  /** The last answer's message for one field, if any. */
  const err = (name: string) => fieldMessage(state, name);
  return { state, values, err, formAction, pending, onSubmit };
}
