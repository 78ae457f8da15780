// What the register's and targets' server actions answer: the message for the whole form, the message of each
// field (in the page's language), and what the user typed, so a failed save never empties the form.
import type { Locale } from "@/lib/domain/types";
import { messageFor, type FieldError } from "@/lib/validation/field-errors";

export interface FormState {
  ok: boolean;
  /** A message for the whole form, in the page's language; null when the fields say it all. */
  message: string | null;
  errors: FieldError[];
  values: Record<string, string>;
}

export const EMPTY_FORM: FormState = { ok: false, message: null, errors: [], values: {} };

export const fieldMessage = (state: FormState, field: string, locale: Locale) => messageFor(state.errors, field, locale);

export function formValues(form: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = form.get(n);
    if (typeof v === "string") out[n] = v;
  }
  return out;
}
