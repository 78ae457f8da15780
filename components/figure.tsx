import { cache } from "react";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { sourceDetails } from "@/lib/format/source";
import type { Messages } from "@/lib/i18n/messages";
import type { FigureValue, SourceRef } from "@/lib/queries/shapes";
import { SourcePopover, type SharedSource } from "./source-popover";

// A page carries a source's details (and the panel's labels) once, with the first button of that source; the
// buttons after it carry only the source's key, and the browser finds the details by it when a panel opens.
// Before, every button carried its own copy: 300 figures from one source made the home page 808 KB.
const sentThisRender = cache(() => new Set<string>());

/** The source button for any sourced statement (a figure, a target, a term). */
export function SourceButton(props: { source: SourceRef | null; quote: string | null; note: string | null; locale: Locale; m: Messages }) {
  const { locale, m } = props;
  const sourceKey = `${locale}:${props.source?.key ?? ""}`;
  const sent = sentThisRender();
  let shared: SharedSource | undefined;
  if (!sent.has(sourceKey)) {
    sent.add(sourceKey);
    const { button, close, open, quote, note } = m.source;
    shared = { details: sourceDetails(props.source, locale, m), labels: { button, close, open, quote, note } };
  }
  return (
    <SourcePopover
      sourceKey={sourceKey}
      label={m.source.button}
      {...(shared ? { shared } : {})}
      {...(props.quote ? { quote: props.quote } : {})}
      {...(props.note ? { note: props.note } : {})}
    />
  );
}

/**
 * A reported figure as people write it ("trên 200.000", "2–4,5 triệu đồng/người/tháng") with its source.
 * `noteInPopover` is off where the page prints the note beside the figure anyway.
 */
export function Figure({ v, locale, m, noteInPopover = true }: { v: FigureValue; locale: Locale; m: Messages; noteInPopover?: boolean }) {
  return (
    <>
      <span className="font-medium">{formatValue(v, v.indicator.unit, locale)}</span>
      <SourceButton source={v.source} quote={v.quote} note={noteInPopover ? v.note : null} locale={locale} m={m} />
    </>
  );
}
