"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import { EMPTY_FORM, type FormState } from "./form-state";

type FormAction = (prev: FormState, form: FormData) => Promise<FormState>;

/**
 * A form bound to a server action that keeps what was typed when the save fails: the submit is dispatched by hand,
 * because React resets a form after an action given to `action=` completes.
 */
export function useKeptForm(action: FormAction) {
  const [state, formAction] = useActionState(action, EMPTY_FORM);
  const [pending, startTransition] = useTransition();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, pending, onSubmit };
}
