// What the source popover shows, built on the server so the client component only renders strings.
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/queries/shapes";
import { citationText, fileFacts, sourceFileHref } from "./citation";
import type { SourceDetails } from "./source-title";

export { sourceTitle, type SourceDetails } from "./source-title";


export function sourceDetails(source: SourceRef | null, locale: Locale, m: Messages): SourceDetails {
  if (!source) return { title: m.source.none, lines: [], url: null, attribution: null };
  const files = (source.files ?? []).map((f) => ({ href: sourceFileHref(f.id), label: fill(m.sources.fileLink, fileFacts(f, locale, m), locale) }));
  // A document cited by staff: its number, date and issuer are the citation itself (decision 0040).
  if (source.documentNo) return { title: citationText({ ...source, documentNo: source.documentNo }, locale, m), lines: [], url: null, attribution: null, files };
  const lines: string[] = [];
  if (source.publisher) lines.push(source.publisher);
  if (source.publishedOn) lines.push(fill(m.source.published, { date: formatDate(source.publishedOn, locale) }));
  if (source.eventOn) lines.push(fill(m.source.event, { date: formatDate(source.eventOn, locale) }));
  const attribution = attributionText(source, m, locale);
  // Only web links: a URL typed by an editor must not become a "javascript:" link.
  const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
  return { title: source.title, lines, url, attribution, ...(files.length ? { files } : {}) };
}

/** The warning for a source whose province we inferred; null when the source names it. */
export function attributionText(source: SourceRef, m: Messages, locale: Locale = "vi"): string | null {
  if (source.attribution === "STATED") return null;
  // The English note where one was written; else the Vietnamese one (rare: every seeded source has both).
  const note = locale === "en" ? (source.attributionNoteEn ?? source.attributionNote) : source.attributionNote;
  return fill(m.attribution[source.attribution], { note: note ?? "" });
}
