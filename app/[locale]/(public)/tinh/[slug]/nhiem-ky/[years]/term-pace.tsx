// Where a running term is heading (decision 0028): per target, the pace so far against the pace needed, the
// projection to the term's end and the status in words, with the method under the table. A table, no chart: the
// progress chart above already draws the results; this says what they add up to at the end.
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import * as pace from "@/lib/charts/pace-text";
import { rowKey } from "@/lib/charts/percent-data";
import * as t from "@/lib/charts/progress-text";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { TermProgress } from "@/lib/queries/term-progress";
import { termFile } from "./term-file";

type Ctx = { locale: Locale; m: Messages };

function paceTable(rows: pace.Paced[], endYear: number, { locale, m }: Ctx): ChartTable {
  const c = m.charts.pace.columns;
  const small = (text: string | null) => text && <span className="block text-sm text-muted">{text}</span>;
  return {
    caption: fill(m.charts.pace.caption, { end: endYear }),
    captionHidden: true,
    columns: [{ label: m.charts.columns.indicator }, { label: c.soFar, numeric: true }, { label: c.needed, numeric: true }, { label: fill(c.projection, { end: endYear }), numeric: true }, { label: c.status }],
    rows: rows.map((r) => ({
      key: rowKey(r),
      cells: [
        <>
          {t.indicatorLabel(r, locale)}
          {small(fill(m.charts.tooltip.target, { value: t.targetText(r, locale, m) }))}
        </>,
        <span key="so-far" className="whitespace-nowrap font-medium">{pace.soFarText(r, locale, m)}</span>,
        <span key="needed">
          <span className="whitespace-nowrap">{pace.neededText(r, locale, m)}</span>
          {small(pace.fromNowText(r, locale, m))}
        </span>,
        <span key="projection" className="whitespace-nowrap">{pace.projectionText(r, locale, m)}</span>,
        <span key="status">
          <span className="font-semibold">{pace.paceStatusText(r.pace, locale, m)}</span>
          {small(pace.paceReasonText(r.pace, m))}
        </span>,
      ],
    })),
    footnote: pace.paceMethodText(rows, m),
  };
}

export function TermPace({ progress, locale, m }: { progress: TermProgress } & Ctx) {
  const rows = progress.rows.filter(pace.isPaced);
  // A term that began with the last complete year has no pace anywhere: a table of dashes would say nothing.
  if (rows.every((r) => r.pace.status === "NO_DATA")) return null;
  const { term, asOfYear } = progress;
  return (
    <ChartFrame
      id="pace"
      file={termFile(progress, "toc do va du bao")}
      headingLevel={2}
      title={fill(m.charts.pace.title, { years: `${term.startYear}–${term.endYear}` })}
      summary={pace.paceSummary(rows, asOfYear, locale, m)}
      locale={locale}
      table={paceTable(rows, term.endYear, { locale, m })}
    />
  );
}
