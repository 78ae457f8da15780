// Turns a service's failure into the form's state (server side only: it logs what was unexpected).
import "server-only";
import { ServiceError } from "@/lib/services/errors";
import type { FieldError } from "@/lib/validation/field-errors";
import type { FormState } from "./form-state";

export type ErrorWords = Record<"NOT_SIGNED_IN" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "UNEXPECTED", string> & { invalid: string };

/** A failed save: expected errors with their codes' words, anything else logged and shown as a generic message. */
export function failure(err: unknown, words: ErrorWords, values: Record<string, string>): FormState {
  if (err instanceof ServiceError) {
    const errors = Array.isArray(err.details?.fields) ? (err.details.fields as FieldError[]) : [];
    const key = err.code as keyof ErrorWords;
    const message = err.code === "INVALID" ? words.invalid : (words[key] ?? words.UNEXPECTED);
    return { ok: false, message, errors, values };
  }
  console.error("Unexpected error in a register or target form:", err);
  return { ok: false, message: words.UNEXPECTED, errors: [], values };
}

