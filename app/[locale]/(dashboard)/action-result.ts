// What a dashboard form's server action answers: done, or the field codes and a general code to translate.
// Expected failures (ServiceError) keep their codes; anything else is logged and becomes UNEXPECTED, so a raw
// database error never reaches the page.
import { ServiceError } from "@/lib/services/errors";
import type { UserFieldError } from "@/lib/validation/users";

export type FormResult = { ok: true; notice?: string } | { ok: false; error: string | null; fields: UserFieldError[] };

export function toFormResult(err: unknown): FormResult {
  if (err instanceof ServiceError) {
    const fields = Array.isArray(err.details?.fields) ? (err.details.fields as UserFieldError[]) : [];
    return { ok: false, error: err.code === "INVALID" ? null : err.code, fields };
  }
  console.error("Unexpected error in a dashboard form:", err);
  return { ok: false, error: "UNEXPECTED", fields: [] };
}

/** The text fields of a form as a plain object, for the services' zod schemas. */
export function formFields(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? "")]));
}
