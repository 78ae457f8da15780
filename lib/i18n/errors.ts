// The error words of a language on the server (actions, route handlers, tests), from the full catalogue.
import type { Locale } from "@/lib/domain/types";
import { makeErrorWords, type ErrorWords } from "./error-words";
import { getMessages } from "./messages";

const WORDS = new Map<Locale, ErrorWords>();

export function errorWords(locale: Locale): ErrorWords {
  let w = WORDS.get(locale);
  if (!w) WORDS.set(locale, (w = makeErrorWords(locale, getMessages(locale).errors)));
  return w;
}

export type { ErrorWords };
export type { FieldError } from "@/lib/validation/field-errors";
