// Fills a catalogue message's placeholders. The formatting is next-intl's (ICU messages through createTranslator,
// the same engine as the error words in lib/i18n/error-words.ts, decision 0021), so `{n, number}`, plurals and
// selects read the same everywhere; the messages are still handed down as the catalogue's strings.
import { Fragment, isValidElement, type ReactNode } from "react";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/domain/types";

type Translate = (key: "m", values: Record<string, unknown>) => unknown;

// One translator per message: each keeps its parsed message in its own cache, and there are only as many as the
// catalogue has messages with placeholders (a few hundred).
const TRANSLATORS = new Map<string, Translate & { rich: Translate }>();

function translatorFor(template: string, locale: Locale) {
  const id = `${locale}\u0000${template}`;
  let t = TRANSLATORS.get(id);
  if (!t) {
    const created = createTranslator({ locale, messages: { m: template }, getMessageFallback: () => template });
    t = created as unknown as Translate & { rich: Translate };
    TRANSLATORS.set(id, t);
  }
  return t;
}

/** The values, with a missing placeholder given as itself: an unknown one stays visible, so a typo shows in review. */
function withMissing<V>(template: string, vars: Record<string, V>): Record<string, V | string> {
  const out: Record<string, V | string> = { ...vars };
  for (const [, name] of template.matchAll(/\{\s*(\w+)/g)) if (!(name in out)) out[name] = `{${name}}`;
  return out;
}

/** Fills "{name}" placeholders with text (ICU: `{n, number}` and plurals too, in `locale`, Vietnamese unless given). */
export function fill(template: string, vars: Record<string, string | number>, locale: Locale = "vi"): string {
  if (!template.includes("{")) return template;
  return String(translatorFor(template, locale)("m", withMissing(template, vars)));
}

/** Like fill, but a placeholder may become an element (a link inside a translated sentence). */
export function fillNodes(template: string, vars: Record<string, ReactNode>, locale: Locale = "vi"): ReactNode {
  const parts = translatorFor(template, locale).rich("m", withMissing(template, vars));
  // ICU gives the text and the elements as a list; React wants each element of a list keyed.
  return Array.isArray(parts) ? parts.map((part, i) => (isValidElement(part) ? <Fragment key={i}>{part}</Fragment> : part)) : (parts as ReactNode);
}
