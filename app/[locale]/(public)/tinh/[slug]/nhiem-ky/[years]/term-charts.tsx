// The term's charts, each in its ChartFrame: every target against its result, a running term's progress,
// and one chart per ANNUAL target. All data is shaped here, on the server; the charts only draw it.
import { AnnualChart } from "@/components/charts/annual-chart";
import { annualData, annualLegend, annualSummary, annualTable, annualTitle } from "@/lib/charts/annual-data";
import { ChartFrame } from "@/components/charts/chart-frame";
import { expectationTable, overviewSummary, percentData, percentLegend, progressSummary, rowKey } from "@/lib/charts/percent-data";
import { TargetResultChart } from "@/components/charts/target-result-chart";
import { TermProgressChart } from "@/components/charts/term-progress-chart";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";
import type { TermProgress } from "@/lib/queries/term-progress";
import { progressTable } from "@/app/[locale]/(public)/tinh/[slug]/progress-table";
import { TermPace } from "./term-pace";
import * as t from "@/lib/charts/progress-text";
import { termFile } from "./term-file";

type Ctx = { locale: Locale; m: Messages };

export function TermCharts({ progress, locale, m }: { progress: TermProgress } & Ctx) {
  const { rows, term, asOfYear } = progress;
  const years = `${term.startYear}–${term.endYear}`;
  const overview = percentData(rows, locale, m);
  const running = rows.filter((r) => r.running);
  const pace = percentData(running, locale, m, { progress: true });
  return (
    <>
      <ChartFrame
        id="overview"
        file={termFile(progress, "muc tieu va ket qua")}
        headingLevel={2}
        title={fill(m.charts.overview.title, { years })}
        summary={overviewSummary(rows, locale, m)}
        locale={locale}
        table={progressTable(rows, fill(m.terms.caption, { years }), { locale, m })}
        empty={m.charts.overview.noResults}
      >
        {overview.some((d) => d.low !== null) && <TargetResultChart data={overview} locale={locale} targetLabel={m.charts.targetLine} legend={percentLegend(overview, m)} />}
      </ChartFrame>
      {running.length > 0 && (
        <ChartFrame
          id="progress"
          file={termFile(progress, "tien do")}
          headingLevel={2}
          title={fill(m.charts.progress.title, { years })}
          summary={progressSummary(running, term, asOfYear, locale, m)}
          locale={locale}
          table={expectationTable(running, fill(m.charts.progress.caption, { years }), locale, m)}
          sources={running.flatMap((r) => r.sources)}
          empty={m.charts.overview.noResults}
        >
          {pace.some((d) => d.low !== null) && <TermProgressChart data={pace} locale={locale} targetLabel={m.charts.targetLine} legend={percentLegend(pace, m, { progress: true })} />}
        </ChartFrame>
      )}
      <TermPace progress={progress} locale={locale} m={m} />
      {rows
        .filter((r) => r.target.kind === "ANNUAL")
        .map((r) => (
          <AnnualFrame key={rowKey(r)} row={r} file={termFile(progress, `${t.indicatorLabel(r, "vi")} ${r.target.year ?? ""}`)} term={term} locale={locale} m={m} />
        ))}
    </>
  );
}

function AnnualFrame({ row, file, term, locale, m }: { row: ProgressRow; file: string; term: TermProgress["term"] } & Ctx) {
  const chart = annualData(row, term, locale, m);
  return (
    <ChartFrame
      id={`annual-${rowKey(row)}`}
      file={file}
      headingLevel={2}
      title={annualTitle(row, locale, m)}
      summary={annualSummary(row, chart, locale, m)}
      locale={locale}
      table={annualTable(row, chart, locale, m)}
      sources={row.sources}
      empty={m.charts.annual.noBars}
    >
      {chart.data.some((d) => d.low !== null) && (
        <AnnualChart chart={chart} locale={locale} legend={annualLegend(row, chart, locale, m)} />
      )}
    </ChartFrame>
  );
}
