// The words for an error code, in one language, from the errors part of the catalogue (ICU messages through
// next-intl's createTranslator, decision 0021). Client-safe: it takes the catalogue part it needs.
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/domain/types";
import type { FieldError, MessageParam } from "@/lib/validation/field-errors";
import type { Messages } from "./messages";

export type ErrorMessages = Messages["errors"];
export type ApiCode = keyof ErrorMessages["api"];
type Values = Record<string, string | number>;

export interface ErrorWords {
  /** A service's refusal (ServiceError's code); UNEXPECTED's words for a code it does not know. */
  service(code: string): string;
  /** A field's problem, prefixed with the field's name when one is given ("Số HTX: không được là số âm."). */
  field(f: Pick<FieldError, "key" | "params">, label?: string): string;
  /** A bad parameter of the JSON API. */
  parameter(name: string): string;
  /** One of the JSON API's own refusals (errors.api), with its parameters. */
  api(code: ApiCode, params?: Values): string;
  /** A message prefixed with the name of what it is about. */
  named(label: string, message: string): string;
}

export function makeErrorWords(locale: Locale, messages: ErrorMessages): ErrorWords {
  const t = createTranslator({ locale, messages: { errors: messages } });
  const say = (key: string, values?: Values) => (t as unknown as (k: string, v?: Values) => string)(`errors.${key}`, values);
  const has = (key: string) => t.has(`errors.${key}` as never);
  const value = (p: MessageParam): string | number => (typeof p === "object" ? p[locale] : p);
  const values = (params: FieldError["params"]): Values | undefined =>
    params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, value(v)]));
  const named = (label: string, message: string) => say("named", { field: label, message: lowerFirst(message, locale) });
  return {
    service: (code) => say(has(`service.${code}`) ? `service.${code}` : "service.UNEXPECTED"),
    field(f, label) {
      // A topic words only what differs from the common field messages.
      // A code a topic does not know (a zod message we did not write) is that topic's INVALID, if it has one.
      const topic = f.key.slice(0, f.key.indexOf("."));
      const code = f.key.slice(topic.length + 1);
      const key = [f.key, `field.${code}`, `${topic}.INVALID`].find(has) ?? "field.MALFORMED";
      const message = say(key, values(f.params));
      return label ? named(label, message) : message;
    },
    parameter: (name) => say(`parameter.${name}`),
    api: (code, params) => say(`api.${code}`, params),
    named,
  };
}

/** "Không được là số âm." → "không được là số âm." after a name; an acronym ("HTX …") or a quote stays. */
function lowerFirst(message: string, locale: Locale): string {
  const [first, second] = [...message];
  if (!first || !second || second !== second.toLocaleLowerCase(locale) || first === first.toLocaleLowerCase(locale)) return message;
  return first.toLocaleLowerCase(locale) + message.slice(first.length);
}
