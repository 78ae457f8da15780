// A term's targets against their results as table rows: the province page's term tables and the table of the
// term page's overview chart are this one table, so the two pages never disagree.
import { SourceButton } from "@/components/figure";
import { Badge } from "@/components/flag-badges";
import { Local } from "@/components/local-text";
import { statusColor } from "@/lib/charts/config";
import type { ChartTable } from "@/lib/charts/table";
import { rowKey } from "@/lib/charts/percent-data";
import * as t from "@/lib/charts/progress-text";
import type { Locale } from "@/lib/domain/types";
import { localText } from "@/lib/format/local-text";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";

type Ctx = { locale: Locale; m: Messages };

/** `years` ("2013–2018") goes into the source buttons' names: a province page shows several terms' tables. */
export function progressTable(rows: ProgressRow[], caption: string, { locale, m, years }: Ctx & { years?: string }): ChartTable {
  const c = m.charts.columns;
  return {
    caption,
    captionHidden: true,
    columns: [
      { label: c.indicator },
      { label: c.kind },
      { label: c.target, numeric: true },
      { label: c.result, numeric: true },
      { label: c.achievement, numeric: true },
      { label: c.status },
      { label: c.sources },
    ],
    rows: rows.map((r) => ({ key: rowKey(r), cells: cells(r, { locale, m }, years) })),
    footnote: rows.some((r) => r.achievement !== null) ? m.charts.achievementHelp : undefined,
  };
}

function cells(r: ProgressRow, { locale, m }: Ctx, years?: string) {
  const note = t.basisNote(r, m);
  return [
    <>
      {t.indicatorLabel(r, locale)}
      {/* The note explains the target (how it was derived, how to read it): beside the name, the figure columns stay narrow. */}
      <Local t={localText(r.target.note, r.target.noteEn, locale)} className="mt-1 block max-w-md text-sm text-muted" />
    </>,
    <>
      {m.terms.kinds[r.target.kind]}
      {r.target.year !== null && <span className="block text-sm text-muted">{fill(m.terms.targetYear, { year: r.target.year })}</span>}
    </>,
    <>
      <span className="whitespace-nowrap font-medium">{t.targetText(r, locale, m)}</span>
      {r.target.derived && (
        <span className="mt-1 flex justify-end">
          <Badge label={m.flags.derived} help={m.flags.derivedHelp} />
        </span>
      )}
    </>,
    <>
      <span className="whitespace-nowrap font-medium">{t.resultText(r, locale) ?? "—"}</span>
      {note && <span className="block text-sm text-muted">{note}</span>}
    </>,
    <span key="achievement" className="whitespace-nowrap font-semibold">{t.achievementText(r, locale) ?? "—"}</span>,
    <StatusCell key="status" r={r} locale={locale} m={m} />,
    <span key="sources" className="inline-flex flex-wrap gap-1">
      {r.sources.map((s, i) => (
        // The target's own source opens on the sentence that set the target.
        <SourceButton key={s.key} source={s} quote={s.key === r.target.source ? r.target.quote : null} quoteEn={s.key === r.target.source ? r.target.quoteEn : null} note={null} what={sourceWhat(r, i, years, locale, m)} locale={locale} m={m} />
      ))}
    </span>,
  ];
}

/** "HTX thành lập mới, tổng cả nhiệm kỳ 2013–2018" (and "(2/3)" when a row has several sources). */
function sourceWhat(r: ProgressRow, i: number, years: string | undefined, locale: Locale, m: Messages): string {
  const year = r.target.year !== null ? ` ${r.target.year}` : "";
  const nth = r.sources.length > 1 ? ` (${i + 1}/${r.sources.length})` : "";
  return `${t.indicatorLabel(r, locale)}, ${t.lowerFirst(m.terms.kinds[r.target.kind], locale)}${year}${years ? ` ${years}` : ""}${nth}`;
}

function StatusCell({ r, locale, m }: { r: ProgressRow } & Ctx) {
  const s = m.status;
  const detail = t.exceededText(r, locale, m);
  const pace = r.running ? t.expectedText(r, locale) : null;
  const expected = pace ? fill(s.expected, { value: pace }) : null;
  return (
    <span className="block" title={r.status === "INCONCLUSIVE" ? s.inconclusiveHelp : undefined}>
      <span className="inline-flex items-center gap-1.5 whitespace-nowrap font-medium">
        <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: statusColor(r.status) }} />
        {s[r.status]}
      </span>
      {[detail, r.running ? s.running : null, expected].filter(Boolean).map((line) => (
        <span key={line} className="block text-sm text-muted">
          {line}
        </span>
      ))}
    </span>
  );
}
