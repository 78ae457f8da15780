import { cache } from "react";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { dimensionLabel } from "@/lib/format/dimension";
import { indicatorName } from "@/lib/format/indicator";
import { localText, quoteLang } from "@/lib/format/local-text";
import { sourceDetails } from "@/lib/format/source";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { FigureValue, SourceRef } from "@/lib/queries/shapes";
import { SourcePopover, type SharedSource } from "./source-popover";

// A page carries a source's details (and the panel's labels) once, with the first button of that source; the
// buttons after it carry only the source's key, and the browser finds the details by it when a panel opens.
// Before, every button carried its own copy: 300 figures from one source made the home page 808 KB.
const sentThisRender = cache(() => new Set<string>());

/** The source button for any sourced statement (a figure, a target, a term). */
export function SourceButton(props: { source: SourceRef | null; quote: string | null; quoteEn?: string | null; note: string | null; noteEn?: string | null; what?: string; locale: Locale; m: Messages }) {
  const { locale, m } = props;
  const sourceKey = `${locale}:${props.source?.key ?? ""}`;
  const note = localText(props.note, props.noteEn, locale);
  const sent = sentThisRender();
  let shared: SharedSource | undefined;
  if (!sent.has(sourceKey)) {
    sent.add(sourceKey);
    const { button, close, open, quote, note, gloss } = m.source;
    shared = { details: sourceDetails(props.source, locale, m), labels: { button, close, open, quote, note, gloss } };
  }
  return (
    <SourcePopover
      sourceKey={sourceKey}
      // Named after its figure ("Nguồn: HTX thành lập mới, 2018"): a page has dozens, and a screen reader's list of
      // buttons is useless when they all say "Nguồn".
      label={props.what ? fill(m.source.buttonFor, { what: props.what }) : m.source.button}
      {...(shared ? { shared } : {})}
      {...(props.quote ? { quote: props.quote, quoteLang: quoteLang(locale) } : {})}
      {...(props.quote && locale === "en" && props.quoteEn ? { quoteGloss: props.quoteEn } : {})}
      {...(note ? { note: note.text, noteLang: note.lang } : {})}
    />
  );
}

/**
 * A reported figure as people write it ("trên 200.000", "2–4,5 triệu đồng/người/tháng") with its source.
 * `noteInPopover` is off where the page prints the note beside the figure anyway.
 */
export function Figure({ v, locale, m, noteInPopover = true, place }: { v: FigureValue; locale: Locale; m: Messages; noteInPopover?: boolean; place?: string }) {
  return (
    <>
      <span className="font-medium">{formatValue(v, v.indicator.unit, locale)}</span>
      <SourceButton source={v.source} quote={v.quote} quoteEn={v.quoteEn} note={noteInPopover ? v.note : null} noteEn={v.noteEn} what={figureName(v, locale, m, place)} locale={locale} m={m} />
    </>
  );
}

/** "HTX thành lập mới, 2018", "Thành viên (Đại Từ), 2018", "Thái Nguyên: HTX đang hoạt động, 2018". */
export function figureName(v: FigureValue, locale: Locale, m: Messages, place?: string): string {
  const dimension = v.dimension ? ` (${dimensionLabel(v.dimension, m)})` : "";
  const years = v.fromYear < v.year ? `${v.fromYear}–${v.year}` : String(v.year);
  return `${place ? `${place}: ` : ""}${indicatorName(v.indicator, locale)}${dimension}, ${years}`;
}
