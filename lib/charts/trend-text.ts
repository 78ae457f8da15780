// A trend series (trend-data.ts) as its chart's plain data, its title, its summary in words, its table's text and
// its legend. Built on the server: the client chart gets numbers and finished strings. Pure, unit-tested.
import { unitLabel } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { formatInterval } from "@/lib/format/plain-interval";
import { indicatorName } from "@/lib/format/indicator";
import { formatTarget } from "@/lib/format/target";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { PlainInterval } from "@/lib/queries/compare-shapes";
import type { ChartConfig } from "./config";
import { TREND_COLORS } from "./trend-colors";
import type { ChartTip } from "./percent-data";
import type { CumulativePoint, TargetFigure, TrendCumulative, TrendSeries, TrendYear } from "./trend-data";


export interface TrendBar {
  year: string;
  /** From zero: the figure, or a range's or lower bound's low end; null for a gap. */
  low: number | null;
  /** A range's top; null for a lower bound (drawn as an arrow) or a gap. */
  high: number | null;
  approx: boolean;
  label: string | null;
  gapLabel: string | null;
  tip: ChartTip;
}

export interface TrendBandMark {
  year: string;
  min: number;
  max: number | null;
  approx: boolean;
}

export interface TrendLineData {
  key: string;
  /** The term's years on the axis, first to last: the target's segment spans them. */
  from: string;
  to: string;
  target: { min: number; max: number | null; approx: boolean };
  /** `label` is drawn beside the line's last point only: the table has every year. */
  points: { year: string; low: number; high: number | null; approx: boolean; label: string }[];
}

export interface TrendChartData {
  bars: TrendBar[];
  bands: TrendBandMark[];
  lines: TrendLineData[];
}

const yearsLabel = (c: TrendCumulative) => `${c.startYear}–${c.endYear}`;

const valueText = (v: PlainInterval, s: TrendSeries, locale: Locale, withUnit = true) => formatInterval(v, s.indicator.unit, locale, { withUnit });

export function targetText(t: TargetFigure, s: TrendSeries, locale: Locale, m: Messages): string {
  return formatTarget({ kind: "ANNUAL", ...t }, s.indicator.unit, locale, m.terms.orMore);
}

/** "không cộng được" for provinces that cannot be added up, else "chưa có số liệu". */
function gapText(y: Pick<TrendYear, "reason">, m: Messages): string {
  return y.reason === "RATIO" || y.reason === "NO_BASE" ? m.trends.notCombined : m.trends.noFigure;
}

export function trendChartData(s: TrendSeries, locale: Locale, m: Messages): TrendChartData {
  const tr = m.trends;
  const bars = s.years.map((y): TrendBar => {
    const v = y.value;
    const lines = [fill(tr.tooltip.value, { value: v ? valueText(v, s, locale) : gapText(y, m) }, locale)];
    if (y.band) lines.push(fill(tr.tooltip.band, { value: targetText(y.band, s, locale, m) }, locale));
    for (const c of s.cumulative) {
      const p = c.points.find((x) => x.year === y.year);
      if (p?.value) lines.push(fill(tr.tooltip.cumulative, { years: yearsLabel(c), value: valueText(p.value, s, locale) }, locale));
    }
    return {
      year: String(y.year),
      low: v?.low ?? null,
      high: v ? v.high : null,
      approx: v?.approx ?? false,
      label: v ? valueText(v, s, locale, false) : null,
      gapLabel: v ? null : gapText(y, m),
      tip: { title: String(y.year), lines, sources: y.sources.map((x) => fill(m.charts.tooltip.source, { title: x.title }, locale)) },
    };
  });
  const bands = s.years.flatMap((y) => (y.band ? [{ year: String(y.year), min: y.band.min, max: y.band.max, approx: y.band.approx }] : []));
  const lines = s.cumulative.map((c): TrendLineData => ({
    key: yearsLabel(c),
    from: String(c.startYear + 1),
    to: String(c.endYear),
    target: { min: c.target.min, max: c.target.max, approx: c.target.approx },
    points: c.points.flatMap((p) => (p.value ? [{ year: String(p.year), low: p.value.low, high: p.value.high, approx: p.value.approx, label: valueText(p.value, s, locale, false) }] : [])),
  }));
  return { bars, bands, lines };
}

export function trendTitle(s: TrendSeries, locale: Locale, m: Messages): string {
  const indicator = indicatorName(s.indicator, locale);
  const unit = unitLabel(s.indicator.unit, locale);
  return unit ? fill(m.trends.chartTitleUnit, { indicator, unit }, locale) : fill(m.trends.chartTitle, { indicator }, locale);
}

const lastValued = (points: CumulativePoint[]) => [...points].reverse().find((p) => p.value);

/** The first and last year's figures, the yearly target met, each term total against its target, whose figures. */
export function trendSummary(s: TrendSeries, locale: Locale, m: Messages): string {
  const tr = m.trends;
  const valued = s.years.filter((y) => y.value);
  const parts: string[] = [];
  const [first, last] = [valued[0], valued[valued.length - 1]];
  if (valued.length > 1)
    parts.push(fill(tr.summaryYears, { n: valued.length, first: first.year, last: last.year, firstValue: valueText(first.value!, s, locale), lastValue: valueText(last.value!, s, locale) }, locale));
  else if (valued.length === 1) parts.push(fill(tr.summaryOneYear, { year: first.year, value: valueText(first.value!, s, locale) }, locale));
  else parts.push(tr.summaryNoYear);
  const banded = valued.filter((y) => y.band);
  // Met only where the sources prove it: the low end reaches the target's minimum.
  if (banded.length) parts.push(fill(tr.summaryBands, { met: banded.filter((y) => y.value!.low >= y.band!.min).length, n: banded.length }, locale));
  for (const c of s.cumulative) {
    const p = lastValued(c.points);
    const target = targetText(c.target, s, locale, m);
    parts.push(p ? fill(tr.summaryTerm, { years: yearsLabel(c), value: valueText(p.value!, s, locale), target }, locale) : fill(tr.summaryTermNone, { years: yearsLabel(c), target }, locale));
  }
  for (const r of s.running) if (r.value) parts.push(fill(tr.summaryRunning, { from: r.fromYear, year: r.year, value: valueText(r.value, s, locale) }, locale));
  const rolled = rolledNames(s);
  if (rolled.length) parts.push(fill(tr.summaryRolled, { names: rolled.join(", ") }, locale));
  const missing = missingNames(s);
  if (missing.length) parts.push(fill(tr.summaryMissing, { names: missing.join(", ") }, locale));
  return parts.join(" ");
}

const contributors = (c: { members: { slug: string; name: string }[]; missing: { slug: string }[] }) => c.members.filter((p) => !c.missing.some((x) => x.slug === p.slug));

/** The provinces other than the province itself whose figures a rolled-up series counts. */
export function rolledNames(s: TrendSeries): string[] {
  const self = s.years[0]?.members[0]?.slug;
  const all = [...s.years, ...s.cumulative.flatMap((c) => c.points)].filter((c) => c.value).flatMap(contributors);
  return [...new Map(all.filter((p) => p.slug !== self).map((p) => [p.slug, p.name])).values()];
}

/** Members that existed but gave no figure in a year that has one: its sum is only a minimum. */
function missingNames(s: TrendSeries): string[] {
  return [...new Map(s.years.filter((y) => y.value).flatMap((y) => y.missing).map((p) => [p.slug, p.name])).values()];
}

export interface TrendRowText {
  year: string;
  value: string;
  band: string;
  cumulative: string;
  termTarget: string;
  /** Who is missing from a sum, who it counts. */
  notes: string[];
}

export interface TrendTableText {
  caption: string;
  columns: { year: string; value: string; band?: string; cumulative?: string; termTarget?: string; notes: string; sources: string };
  rows: TrendRowText[];
}

export function trendTableText(s: TrendSeries, locale: Locale, m: Messages): TrendTableText {
  const tr = m.trends;
  const hasBand = s.years.some((y) => y.band);
  const hasLine = s.cumulative.length > 0;
  const rows = s.years.map((y): TrendRowText => {
    const line = s.cumulative.find((c) => y.year > c.startYear && y.year <= c.endYear);
    const p = line?.points.find((x) => x.year === y.year);
    const band = y.band ? (y.band.kind === "END_LEVEL" ? fill(tr.endLevel, { value: targetText(y.band, s, locale, m) }, locale) : targetText(y.band, s, locale, m)) : "—";
    const notes = [
      y.missing.length && y.value ? fill(tr.missing, { names: y.missing.map((p) => p.name).join(", ") }, locale) : "",
      contributors(y).length > 1 && y.value ? fill(tr.members, { names: contributors(y).map((p) => p.name).join(", ") }, locale) : "",
    ].filter(Boolean);
    return {
      year: String(y.year),
      value: y.value ? valueText(y.value, s, locale) : gapText(y, m),
      band,
      cumulative: p?.value ? `${valueText(p.value, s, locale)} (${p.reported ? tr.reported : tr.summed})` : "—",
      termTarget: line ? `${targetText(line.target, s, locale, m)} (${yearsLabel(line)})` : "—",
      notes,
    };
  });
  return {
    caption: fill(tr.caption, { indicator: indicatorName(s.indicator, locale) }, locale),
    columns: {
      year: tr.colYear,
      value: tr.colValue,
      ...(hasBand ? { band: tr.colBand } : {}),
      ...(hasLine ? { cumulative: tr.colCumulative, termTarget: tr.colTermTarget } : {}),
      notes: tr.colNotes,
      sources: tr.colSources,
    },
    rows,
  };
}

/** Cumulative figures no term line draws, under the table: "Lũy kế nhiều năm theo nguồn: 2013–2016: 183". */
export function runningNote(s: TrendSeries, locale: Locale, m: Messages): string | undefined {
  const items = s.running.flatMap((p) => (p.value ? [fill(m.trends.runningItem, { from: p.fromYear, year: p.year, value: valueText(p.value, s, locale) }, locale)] : []));
  return items.length ? `${m.trends.runningTitle}: ${items.join("; ")}` : undefined;
}

/** Only the marks this chart draws. */
export function trendLegend(s: TrendSeries, chart: TrendChartData, m: Messages): ChartConfig {
  const l = m.trends.legend;
  const bars = chart.bars.filter((b) => b.low !== null);
  const out: ChartConfig = {};
  if (bars.length) out.value = { label: l.value, color: TREND_COLORS.value, swatch: "bar" };
  if (bars.some((b) => b.high !== null && b.high > b.low!)) out.range = { label: l.range, color: TREND_COLORS.value, swatch: "light" };
  if (bars.some((b) => b.high === null) || chart.lines.some((x) => x.points.some((p) => p.high === null))) out.lowerBound = { label: l.lowerBound, color: TREND_COLORS.value, swatch: "arrow" };
  if (bars.some((b) => b.approx)) out.approx = { label: l.approx, color: TREND_COLORS.value, swatch: "dashed" };
  if (chart.bands.length) out.band = { label: l.band, color: TREND_COLORS.band, swatch: "band" };
  if (chart.lines.length) {
    out.cumulative = { label: l.cumulative, color: TREND_COLORS.cumulative, swatch: "line" };
    out.termTarget = { label: l.termTarget, color: TREND_COLORS.cumulative, swatch: "dashedLine" };
  }
  return out;
}
