import { AttributionNotice } from "@/components/attribution-notice";
import { Figure } from "@/components/figure";
import { FlagBadges } from "@/components/flag-badges";
import { Local } from "@/components/local-text";
import { TableScroll } from "@/components/table-scroll";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { dimensionLabel } from "@/lib/format/dimension";
import { groupLabel, groupValues, indicatorName, periodNote } from "@/lib/format/indicator";
import { localText } from "@/lib/format/local-text";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { FigureValue, YearReport } from "@/lib/queries/shapes";

type Ctx = { locale: Locale; m: Messages };

export function YearSection({ report, locale, m }: { report: YearReport } & Ctx) {
  const y = m.years;
  const headingId = `year-${report.year}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-xl font-semibold">
        {fill(y.heading, { year: report.year })}
        {report.approvedOn && (
          <span className="ml-3 text-sm font-normal text-muted">{fill(y.approvedOn, { date: formatDate(report.approvedOn, locale) })}</span>
        )}
      </h3>
      <AttributionNotice sources={report.values.map((v) => v.source)} m={m} locale={locale} />
      <TableScroll label={fill(y.caption, { year: report.year })}>
        <table className="stack-table w-full min-w-[40rem] border-collapse text-left">
          <caption className="sr-only">{fill(y.caption, { year: report.year })}</caption>
          <thead className="bg-accent-soft text-sm">
            <tr>
              <th scope="col" className="px-4 py-2">{y.colIndicator}</th>
              <th scope="col" className="px-3 py-2 text-right">{y.colValue}</th>
              <th scope="col" className="px-3 py-2">{y.colNotes}</th>
            </tr>
          </thead>
          {groupValues(report.values).map((g) => (
            <tbody key={g.key}>
              <tr className="border-t border-line bg-paper">
                <th scope="colgroup" colSpan={3} className="px-4 py-1.5 text-sm font-semibold text-muted uppercase tracking-wide">
                  {groupLabel(g.key, m)}
                </th>
              </tr>
              {g.values.map((v, i) => (
                <ValueRow key={`${v.indicator.code}|${v.dimension}|${v.fromYear}`} v={v} prev={g.values[i - 1]} locale={locale} m={m} />
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </section>
  );
}

// A breakdown ("Đại Từ", "chè") sits indented under its indicator; when the source gives no whole-province
// figure, a row with the indicator's name alone heads the breakdown.
function ValueRow({ v, prev, locale, m }: { v: FigureValue; prev?: FigureValue } & Ctx) {
  const name = indicatorName(v.indicator, locale);
  const firstOfIndicator = prev?.indicator.code !== v.indicator.code;
  const needsHeading = v.dimension !== "" && firstOfIndicator;
  // Breakdowns often share one note ("district of the time"): print it once per indicator.
  const note = !firstOfIndicator && prev?.note === v.note ? null : localText(v.note, v.noteEn, locale);
  return (
    <>
      {needsHeading && (
        <tr className="border-t border-line">
          <th scope="rowgroup" colSpan={3} className="px-4 pt-2 font-normal">{name}</th>
        </tr>
      )}
      <tr className={v.dimension === "" || firstOfIndicator ? "border-t border-line align-top" : "align-top"}>
        <th scope="row" className={`py-2 pr-3 font-normal ${v.dimension === "" ? "pl-4" : "pl-10 text-muted"}`}>
          {v.dimension === "" ? name : dimensionLabel(v.dimension, m)}
        </th>
        <td data-label={m.years.colValue} className="px-3 py-2 text-right">
          <span className="whitespace-nowrap">
            <Figure v={v} locale={locale} m={m} noteInPopover={false} />
          </span>
        </td>
        <td data-label={m.years.colNotes} className="space-y-1 px-3 py-2 text-sm">
          {periodNote(v, m) && <span className="block text-muted">{periodNote(v, m)}</span>}
          <FlagBadges v={v} m={m} />
          <Local t={note} className="block" />
        </td>
      </tr>
    </>
  );
}
