// The source popover's strings as the client component needs them. Apart from source.ts, which words them on the
// server: the client must not import the message formatter (next-intl's ICU engine, 37 KB; decision 0021).

/** What a source says of itself: the same for every figure from it (the quote and note are the figure's). */
export type SourceDetails = {
  title: string;
  /** Publisher and dates, one line each. */
  lines: string[];
  url: string | null;
  /** Why the province is this one, when the source does not say. */
  attribution: string | null;
  /** The document's attached files: where to download each, and its words ("Tải văn bản (PDF, 120 KB)"). */
  files?: { href: string; label: string }[];
};

/** The hover text of the source button: title, publisher, date. */
export function sourceTitle(d: SourceDetails, button: string): string {
  return [`${button}: ${d.title}`, ...d.lines].join(" · ");
}
