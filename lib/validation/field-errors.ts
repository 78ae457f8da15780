// A problem with one field (or one cell of an imported file), in both languages, as the services return it
// inside ServiceError("INVALID", { fields }) and as forms show it beside the field (aria-describedby).
export interface FieldError {
  field: string;
  code: string;
  message: string;
  messageEn: string;
}

export type MessageTable<C extends string> = Record<C, { vi: string; en: string }>;

/** What any form's field can get wrong, worded once for every message table. */
export const COMMON_FIELD_MESSAGES: MessageTable<"MALFORMED" | "REQUIRED" | "TOO_LONG" | "NOT_YEAR"> = {
  MALFORMED: { vi: "Giá trị không đúng dạng.", en: "The value is malformed." },
  REQUIRED: { vi: "Cần điền ô này.", en: "This field is required." },
  TOO_LONG: { vi: "Dài quá {max} ký tự.", en: "Longer than {max} characters." },
  NOT_YEAR: { vi: "Phải là một năm từ {min} đến {max}.", en: "Must be a year from {min} to {max}." },
};

const PLACEHOLDER = /\{(\w+)\}/g;

function fillText(template: string, vars: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}

/** Builds field errors from a message table: `fieldError(MESSAGES)("name", "REQUIRED", { max: 300 })`. */
export function fieldErrorFrom<C extends string>(table: MessageTable<C>) {
  return (field: string, code: C, vars: Record<string, string | number> = {}): FieldError => ({
    field,
    code,
    message: fillText(table[code].vi, vars),
    messageEn: fillText(table[code].en, vars),
  });
}

/** The message for a field in the page's language; undefined when the field is fine. */
export function messageFor(errors: FieldError[] | undefined, field: string, locale: "vi" | "en"): string | undefined {
  const e = errors?.find((x) => x.field === field);
  return e ? (locale === "vi" ? e.message : e.messageEn) : undefined;
}
