// One target on one slide: its status in words, result against target as the sources wrote them, the pace of a
// running term, its chart, and the sentence that set it with its source. Everything but the chart is HTML from
// the server, so the slide reads without JavaScript; the chart's summary is its accessible name.
import type { ReactNode } from "react";
import { Local } from "@/components/local-text";
import { AnnualChart } from "@/components/charts/annual-chart";
import { ChartScaleProvider } from "@/components/charts/chart-scale";
import { TargetResultChart } from "@/components/charts/target-result-chart";
import { TermProgressChart } from "@/components/charts/term-progress-chart";
import { annualData, annualLegend, annualSummary } from "@/lib/charts/annual-data";
import { statusColor } from "@/lib/charts/config";
import * as pace from "@/lib/charts/pace-text";
import { overviewSummary, percentData, percentLegend } from "@/lib/charts/percent-data";
import * as t from "@/lib/charts/progress-text";
import { targetFigureLines } from "@/lib/charts/target-figures";
import type { Locale } from "@/lib/domain/types";
import { localText, quoteLang } from "@/lib/format/local-text";
import { sourceDetails } from "@/lib/format/source";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";
import type { TermProgress } from "@/lib/queries/term-progress";
import styles from "@/components/slides/deck.module.css";
import { Slide, slideTitleId } from "@/components/slides/slide";

type Ctx = { locale: Locale; m: Messages };

/** The charts' own sizes times this: their smallest text (13 px ticks) becomes 24 px. */
const CHART_SCALE = 24 / 13 + 0.01;

export function TargetSlide({ n, row, term, locale, m }: { n: number; row: ProgressRow; term: TermProgress["term"] } & Ctx) {
  const kind = m.terms.kinds[row.target.kind];
  const year = row.target.year !== null ? `, ${fill(m.terms.targetYear, { year: row.target.year })}` : "";
  return (
    <Slide n={n}>
      <header>
        <p className="text-muted">
          {kind}
          {year}
          {row.target.derived && ` · ${m.flags.derived}`}
        </p>
        <h2 id={slideTitleId(n)} className="text-[1.5em] font-bold leading-tight">
          {t.indicatorLabel(row, locale)}
        </h2>
      </header>
      <div className={styles.columns}>
        <div className="space-y-2">
          <Status row={row} locale={locale} m={m} />
          <Figures row={row} end={term.endYear} locale={locale} m={m} />
        </div>
        <div className={styles.chart}>
          <SlideChart row={row} term={term} locale={locale} m={m} />
        </div>
      </div>
      <Setting row={row} locale={locale} m={m} />
    </Slide>
  );
}

function Status({ row, locale, m }: { row: ProgressRow } & Ctx) {
  const paced = pace.isPaced(row) && row.pace.status !== "NO_DATA" ? row : null;
  const reason = paced && pace.paceReasonText(paced.pace, m);
  return (
    <div>
      <p className="text-[1.15em] font-bold">
        <span aria-hidden="true" className="mr-2 inline-block h-[0.7em] w-[0.7em] rounded-full" style={{ background: statusColor(row.status) }} />
        {m.status[row.status]}
        {t.exceededText(row, locale, m) && <span className="font-normal">: {t.exceededText(row, locale, m)}</span>}
      </p>
      {paced && (
        <p>
          {m.slides.target.pace}: <strong>{pace.paceStatusText(paced.pace, locale, m)}</strong>
          {reason && ` (${reason})`}
        </p>
      )}
    </div>
  );
}

/** Result against target in figures, with their qualifiers as written ("≈ 120", "trên 200.000"). */
function Figures({ row, end, locale, m }: { row: ProgressRow; end: number } & Ctx) {
  const lines = targetFigureLines(row, end, locale, m);
  return (
    <table className={styles.figures}>
      <caption className="sr-only">{fill(m.slides.target.table, { indicator: t.indicatorLabel(row, locale) })}</caption>
      <tbody>
        {lines.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A running term's bullet (the whole target, the pace expected by now, the result), a yearly target's years, else the result as % of its target. */
function SlideChart({ row, term, locale, m }: { row: ProgressRow; term: TermProgress["term"] } & Ctx) {
  if (row.target.kind === "ANNUAL") {
    const chart = annualData(row, term, locale, m);
    if (!chart.data.some((d) => d.low !== null)) return <p className="text-muted">{m.charts.annual.noBars}</p>;
    return (
      <Drawn summary={annualSummary(row, chart, locale, m)}>
        <AnnualChart chart={chart} locale={locale} legend={annualLegend(row, chart, locale, m)} />
      </Drawn>
    );
  }
  const progress = row.running;
  const data = percentData([row], locale, m, { progress });
  if (data[0].low === null) return <p className="text-muted">{m.charts.overview.noResults}</p>;
  const legend = percentLegend(data, m, { progress });
  return (
    <Drawn summary={overviewSummary([row], locale, m)}>
      {progress ? (
        <TermProgressChart data={data} locale={locale} targetLabel={m.charts.targetLine} legend={legend} />
      ) : (
        <TargetResultChart data={data} locale={locale} targetLabel={m.charts.targetLine} legend={legend} />
      )}
    </Drawn>
  );
}

function Drawn({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <div role="img" aria-label={summary}>
      <ChartScaleProvider scale={CHART_SCALE} names={false}>{children}</ChartScaleProvider>
    </div>
  );
}

/** The sentence that set the target, always in Vietnamese (with its English gloss on an English slide), its note and its source. */
function Setting({ row, locale, m }: { row: ProgressRow } & Ctx) {
  const source = row.sources.find((s) => s.key === row.target.source) ?? null;
  const details = source ? sourceDetails(source, locale, m) : null;
  const gloss = locale === "en" ? row.target.quoteEn : null;
  const note = localText(row.target.note, row.target.noteEn, locale);
  if (!row.target.quote && !details && !note) return null;
  return (
    <figure className="space-y-1">
      {row.target.quote && (
        <blockquote lang={quoteLang(locale)} className="border-l-4 border-line pl-3 italic">
          “{row.target.quote}”
        </blockquote>
      )}
      {gloss && <p className="pl-4">({gloss})</p>}
      <figcaption className="text-muted">
        {note && (
          <>
            <Local t={note} />{" "}
          </>
        )}
        {details && fill(m.slides.target.source, { title: [details.title, ...details.lines].join(", ") })}
      </figcaption>
    </figure>
  );
}
