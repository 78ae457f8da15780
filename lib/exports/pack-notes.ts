// What a meeting pack's slide says to its presenter (the speaker notes): where each figure comes from — title,
// publisher, dates, address — so a question in the meeting can be answered from the notes. Pure.
import type { Locale } from "@/lib/domain/types";
import { sourceDetails } from "@/lib/format/source";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/queries/shapes";

/** One source on one or more lines: "Title — Publisher, Đăng ngày 13/12/2018", its address, its attribution note. */
export function sourceLines(source: SourceRef, locale: Locale, m: Messages): string[] {
  const d = sourceDetails(source, locale, m);
  return [
    `– ${[d.title, ...d.lines].join(", ")}`,
    d.url ? `  ${fill(m.termFiles.pack.url, { url: d.url })}` : null,
    d.attribution ? `  ${d.attribution}` : null,
  ].filter((l): l is string => l !== null);
}

/** The notes of a slide: blocks separated by a blank line, each with its heading; empty blocks left out. */
export function notes(blocks: [heading: string, lines: string[]][]): string {
  return blocks
    .filter(([, lines]) => lines.length > 0)
    .map(([heading, lines]) => [heading, ...lines].join("\n"))
    .join("\n\n");
}
