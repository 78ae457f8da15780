import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { sourceDetails, sourceTitle } from "@/lib/format/source";
import type { Messages } from "@/lib/i18n/messages";
import type { FigureValue, SourceRef } from "@/lib/queries/shapes";
import { SourcePopover } from "./source-popover";

export function popoverLabels(m: Messages) {
  const { button, close, open, quote, note } = m.source;
  return { button, close, open, quote, note };
}

/** The source button for any sourced statement (a figure, a target, a term). */
export function SourceButton(props: { source: SourceRef | null; quote: string | null; note: string | null; locale: Locale; m: Messages }) {
  const details = sourceDetails(props.source, { quote: props.quote, note: props.note }, props.locale, props.m);
  return <SourcePopover details={details} labels={popoverLabels(props.m)} hoverTitle={sourceTitle(details, props.m)} />;
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
