// How a failed write becomes the form's answer (decision 0026): an expected error (ServiceError) keeps its code
// and gets words in the page's language; anything else is logged and becomes UNEXPECTED with a generic message,
// so a raw database error never reaches the page.
import "server-only";
import type { Locale } from "@/lib/domain/types";
import { ServiceError } from "@/lib/services/errors";
import type { ConflictDetails } from "@/lib/services/reports/conflict";
import { errorWords, type FieldError } from "@/lib/i18n/errors";
import type { ActionFailure, FieldMessage } from "./result";

export interface FailureOptions {
  locale: Locale;
  /** What was typed, given back so the form keeps it. */
  values?: Record<string, string>;
  /** The form's own words for some codes (e.g. INVALID: "see each field"), instead of the catalogue's. */
  words?: Partial<Record<string, string | null>>;
  /** The form's words for any other code (and for an unexpected error), instead of the catalogue's. */
  otherwise?: string;
  /** Each field's label, so the form's summary can say which field a message is about. */
  labels?: Record<string, string>;
}

export function toActionFailure(err: unknown, o: FailureOptions): ActionFailure {
  const w = errorWords(o.locale);
  if (!(err instanceof ServiceError)) {
    console.error("Unexpected error in a form's action:", err);
    return failure("UNEXPECTED", o.words?.UNEXPECTED ?? o.otherwise ?? w.service("UNEXPECTED"), [], o);
  }
  const d = (err.details ?? {}) as { fields?: FieldError[] } & Partial<ConflictDetails>;
  const fields = (d.fields ?? []).map((f): FieldMessage => {
    const message = w.field(f);
    const label = o.labels?.[f.field];
    return { field: f.field, code: f.code, message, ...(label ? { named: w.named(label, message) } : {}) };
  });
  const message = o.words && err.code in o.words ? (o.words[err.code] ?? null) : (o.otherwise ?? w.service(err.code));
  return { ...failure(err.code, message, fields, o), current: d.current ?? null, changes: d.changes ?? [], ...(d.conflicts ? { conflicts: d.conflicts } : {}) };
}

/** A refusal found before any service ran (the form's own parse), in the same shape. */
export function invalidForm(fields: FieldError[], o: FailureOptions): ActionFailure {
  return toActionFailure(new ServiceError("INVALID", { fields }), o);
}

function failure(code: string, message: string | null, fields: FieldMessage[], o: FailureOptions): ActionFailure {
  return { ok: false, code, message, fields, values: o.values ?? {}, current: null, changes: [] };
}
