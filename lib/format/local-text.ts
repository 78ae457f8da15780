// Notes are written in Vietnamese (the source of truth) and, where someone wrote one, in English. An English page
// shows the English text; with none, it shows the Vietnamese one marked lang="vi" so that screen readers and
// translators know, rather than passing it off as English.
import type { Locale } from "@/lib/domain/types";

export type LocalText = { text: string; lang?: "vi" };

export function localText(vi: string | null | undefined, en: string | null | undefined, locale: Locale): LocalText | null {
  if (!vi) return en && locale === "en" ? { text: en } : null;
  if (locale === "vi") return { text: vi };
  return en ? { text: en } : { text: vi, lang: "vi" };
}

/** A Vietnamese source sentence (a quote): always Vietnamese, so marked lang="vi" on an English page. */
export function quoteLang(locale: Locale): "vi" | undefined {
  return locale === "vi" ? undefined : "vi";
}
