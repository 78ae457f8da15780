// The JSON API answers an error in Vietnamese and English at once (message, messageEn): its edge words each
// code here, from the catalogue (decision 0021).
import { errorWords, type ErrorWords } from "@/lib/i18n/errors";
import type { FieldError } from "@/lib/validation/field-errors";

/** The same words in both languages: [Vietnamese, English]. */
export function inBoth(say: (w: ErrorWords) => string): [string, string] {
  return [say(errorWords("vi")), say(errorWords("en"))];
}

/** A field error as the API shows it: its code and place, and its words in both languages. */
export function fieldInBoth<F extends FieldError>({ key, params, ...rest }: F): Omit<F, "key" | "params"> & { message: string; messageEn: string } {
  const [message, messageEn] = inBoth((w) => w.field({ key, params }));
  return { ...rest, message, messageEn };
}

const isFieldError = (v: unknown): v is FieldError => typeof v === "object" && v !== null && "key" in v && "field" in v;

/** An answer's or an error's field errors (fields, problems, file) worded; everything else as it is. */
export function wordDetails<T>(body: T): T {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const k of ["fields", "problems"]) if (Array.isArray(out[k])) out[k] = (out[k] as unknown[]).map((f) => (isFieldError(f) ? fieldInBoth(f) : f));
  if (isFieldError(out.file)) out.file = fieldInBoth(out.file);
  return out as T;
}
