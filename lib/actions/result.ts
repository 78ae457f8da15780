// What every form's server action answers (decision 0026): done, with whatever the form needs next; or a
// failure with a code, words for the whole form, each wrong field's words (all in the page's language), what
// was typed (so a failed save never empties a form) and, on a conflict, the server's copy and its history:
// the same payload the JSON API gives. Client-safe: the forms import these types and helpers.
import type { Change, FieldConflict, ServerCopy } from "@/lib/services/reports/conflict";

export interface FieldMessage {
  field: string;
  code: string;
  /** Beside the field. */
  message: string;
  /** The same, naming the field ("Số thành viên: …"), for the form's list of problems; when the action knows the label. */
  named?: string;
}

export interface ActionFailure {
  ok: false;
  /** A ServiceError's code, UNEXPECTED for anything else, NETWORK when the call never came back. */
  code: string;
  /** Words for the whole form; null when the field messages say it all. */
  message: string | null;
  fields: FieldMessage[];
  values: Record<string, string>;
  current: ServerCopy | null;
  changes: Change[];
  /** A save that sent its base: the fields both writers changed, each with mine and theirs (decision 0041). */
  conflicts?: FieldConflict[];
}

export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

/** A failure that is not the server's answer (the call failed, or the form refused before sending). */
export function localFailure(code: string, message: string | null, values: Record<string, string> = {}): ActionFailure {
  return { ok: false, code, message, fields: [], values, current: null, changes: [] };
}

/** The state of a form before its first submit (useActionState's initial state). */
export const NOT_SENT: ActionFailure = localFailure("", null);

/** The words for one field, when the last answer found it wrong. */
export function fieldMessage(result: ActionResult | null | undefined, field: string): string | undefined {
  return result && !result.ok ? result.fields.find((f) => f.field === field)?.message : undefined;
}

/** A refusal in one line: its message, then each field's. */
export function failureText(failure: ActionFailure): string {
  return [failure.message, ...failure.fields.map((f) => f.message)].filter(Boolean).join(" ");
}

/**
 * The text fields of a form as a plain object, for the services' zod schemas and to give back what was typed.
 * A field the form did not send is left out (an edit form that hides a field does not clear it).
 */
export function formValues<K extends string>(form: FormData, names: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const n of names) {
    const v = form.get(n);
    if (typeof v === "string") out[n] = v;
  }
  return out;
}
