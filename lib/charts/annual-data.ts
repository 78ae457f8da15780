// An ANNUAL target's years as the data of its chart: one bar a year in the indicator's own unit (one target,
// one unit, so no normalising), the target band, and years without a figure kept as gaps, never as zeros.
import type { Status } from "@/lib/domain/achievement";
import { termYears, type TermSpan } from "@/lib/domain/term-years";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";
import { legendConfig, type ChartConfig } from "./config";
import type { ChartTable } from "./table";
import { legendKeys, type ChartTip } from "./percent-data";
import * as t from "./progress-text";

export interface AnnualDatum {
  year: string;
  /** The bar from zero: the figure, or a range's / lower bound's low end. null: no figure (a gap). */
  low: number | null;
  /** A range's top; null for a lower bound. */
  high: number | null;
  approx: boolean;
  /** Above the bar, without the unit (the axis and the title carry it). */
  valueLabel: string | null;
  /** null for a year not reported yet. */
  status: Status | null;
  /** Under a gap: "chưa có số liệu" / "chưa đến kỳ báo cáo". */
  gapLabel: string | null;
  tip: ChartTip;
}

export interface AnnualChartData {
  min: number;
  max: number | null;
  targetApprox: boolean;
  data: AnnualDatum[];
}

function yearsOf(row: ProgressRow, term: TermSpan): number[] {
  return row.target.year !== null ? [row.target.year] : termYears(term);
}

export function annualData(row: ProgressRow, term: TermSpan, locale: Locale, m: Messages): AnnualChartData {
  const a = m.charts.annual;
  const unit = t.rowUnit(row);
  const sources = row.sources.map((s) => fill(m.charts.tooltip.source, { title: s.title }));
  const target = fill(m.charts.tooltip.target, { value: t.targetText(row, locale, m) });
  const data = yearsOf(row, term).map((year): AnnualDatum => {
    const y = row.annual?.find((x) => x.year === year);
    // The assessment lists every year up to the last complete one; a year it does not list is still to come.
    const status = y ? y.status : null;
    const value = y ? t.valueText(y.result, unit, locale) : null;
    const word = status ? m.status[status] : t.upperFirst(a.future, locale);
    return {
      year: String(year),
      low: y?.result.low ?? null,
      high: y?.result.high ?? null,
      approx: y?.result.qualifier === "APPROX",
      valueLabel: y ? t.valueText(y.result, unit, locale, { withUnit: false }) : null,
      status,
      gapLabel: value === null ? (status ? a.noData : a.future) : null,
      tip: { title: String(year), lines: [fill(m.charts.tooltip.result, { value: value ?? t.lowerFirst(word, locale) }), target, word], sources },
    };
  });
  return { min: row.target.min, max: row.target.max, targetApprox: t.isApproxTarget(row), data };
}

export function annualTitle(row: ProgressRow, locale: Locale, m: Messages): string {
  const indicator = t.indicatorLabel(row, locale);
  return row.target.year !== null ? fill(m.charts.annual.titleYear, { indicator, year: row.target.year }) : fill(m.charts.annual.title, { indicator });
}

/** "Mục tiêu 30–35 trở lên mỗi năm; 5 năm: 3 đạt, 2 chưa có số liệu. Năm gần nhất có số liệu 2022: 31." */
export function annualSummary(row: ProgressRow, chart: AnnualChartData, locale: Locale, m: Messages): string {
  const a = m.charts.annual;
  const statuses = chart.data.flatMap((d) => (d.status ? [d.status] : []));
  const future = chart.data.length - statuses.length;
  const parts = t.statusParts(statuses, locale, m, [[a.future, future]]);
  const head = fill(a.summary, { target: t.targetText(row, locale, m), n: chart.data.length, parts });
  const latest = [...(row.annual ?? [])].reverse().find((y) => y.result.value !== null);
  const value = latest ? t.valueText(latest.result, t.rowUnit(row), locale) : null;
  return latest && value ? `${head} ${fill(a.latest, { year: latest.year, value })}` : head;
}

export function annualTable(row: ProgressRow, chart: AnnualChartData, locale: Locale, m: Messages): ChartTable {
  const c = m.charts.columns;
  const byYear = new Map((row.annual ?? []).map((y) => [String(y.year), y]));
  return {
    caption: fill(m.charts.annual.caption, { indicator: t.indicatorLabel(row, locale), target: t.targetText(row, locale, m) }),
    captionHidden: true,
    columns: [{ label: c.year }, { label: c.result, numeric: true }, { label: c.status }],
    rows: chart.data.map((d) => {
      const y = byYear.get(d.year);
      const value = y ? t.valueText(y.result, t.rowUnit(row), locale) : null;
      return { key: d.year, cells: [d.year, value ?? "—", d.status ? m.status[d.status] : t.upperFirst(m.charts.annual.future, locale)] };
    }),
  };
}

/** The target's entry names the target itself ("Mục tiêu: 30–35"): the line carries no label of its own. */
export function annualLegend(row: ProgressRow, chart: AnnualChartData, locale: Locale, m: Messages): ChartConfig {
  const band = chart.max !== null && chart.max > chart.min;
  const config = legendConfig(m.charts.legend, [...legendKeys(chart.data), "target", ...(band ? (["band"] as const) : [])]);
  const target = fill(m.charts.tooltip.target, { value: t.targetText(row, locale, m) });
  return { ...config, target: { ...config.target, label: target, swatch: chart.targetApprox ? "dashedLine" : "line" } };
}
