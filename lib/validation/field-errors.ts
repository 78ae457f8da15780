// A problem with one field (or one cell of an imported file), as services and validation return it: a code
// with its parameters, never words. The words are the catalogue's (lib/i18n/messages/errors), chosen at the
// edge in the reader's language: by the form's action, the JSON API, or the form itself (decision 0021).
import type { Messages } from "@/lib/i18n/messages";

type Errors = Messages["errors"];

/** Where a problem's words are in the catalogue: errors.<topic>.<code>, else errors.field.<code>. */
export type ErrorTopic = "field" | "report" | "register" | "target" | "user" | "password" | "importFile" | "importRow" | "source" | "deadline";

/** The codes one topic can use: its own and those of any field. */
export type Problem<T extends ErrorTopic> = Extract<keyof Errors[T] | keyof Errors["field"], string>;

/** A name the database holds in both languages (an indicator's), given as it is: the edge picks one. */
export interface LocalizedName {
  vi: string;
  en: string;
}
export type MessageParam = string | number | LocalizedName;

export interface FieldError {
  field: string;
  code: string;
  /** The catalogue key under errors, e.g. "register.NOT_WHOLE". */
  key: string;
  params?: Record<string, MessageParam>;
}

/** Builds field errors of one topic: `fieldErrorFrom("register")("name", "TOO_LONG", { max: 300 })`. */
export function fieldErrorFrom<T extends ErrorTopic>(topic: T) {
  return (field: string, code: Problem<T>, params: Record<string, MessageParam> = {}): FieldError => ({
    field,
    code,
    key: `${topic}.${code}`,
    ...(Object.keys(params).length ? { params } : {}),
  });
}
