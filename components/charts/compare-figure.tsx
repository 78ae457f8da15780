// The comparison chart in the shared frame: title, a sentence, the bars, every unit's figure as a table with its
// members, who is missing and the sources. A server component: the client chart gets only formatted plain data.
import { SourceButton } from "@/components/figure";
import { Badge } from "@/components/flag-badges";
import { unitLabel } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { formatInterval } from "@/lib/format/plain-interval";
import { indicatorName } from "@/lib/format/indicator";
import { fill } from "@/lib/i18n/fill";
import { getMessages, type Messages } from "@/lib/i18n/messages";
import type { CompareUnit, IndicatorComparison } from "@/lib/queries/compare";
import { ChartFrame, type ChartTable } from "./chart-frame";
import { CompareChart, type CompareBar } from "./compare-chart";
import { compareVi } from "@/lib/domain/collation";

export type CompareFigureProps = { id: string; data: IndicatorComparison; locale: Locale; headingLevel?: 2 | 3 };

const names = (units: { name: string }[]) => units.map((u) => u.name).join(", ");

/** Why a unit is not drawn, in words. */
export function reasonText(u: CompareUnit, data: IndicatorComparison, locale: Locale, m: Messages): string {
  const r = m.summary.reasons;
  if (u.reason === "RATIO") return r.RATIO;
  if (u.reason === "NO_BASE") {
    // A share with no denominator in the catalogue can never be weighted; otherwise name who lacks the weight.
    if (!data.base || !u.missingBase.length) return r.NO_BASE_NONE;
    return fill(r.NO_BASE, { base: indicatorName(data.base, locale), names: names(u.missingBase) });
  }
  return r.NO_DATA;
}

export function CompareFigure({ id, data, locale, headingLevel = 2 }: CompareFigureProps) {
  const m = getMessages(locale);
  const c = m.summary.compare;
  const unit = data.indicator.unit;
  // Ordered by what is certain (the low end), then the high end: the chart, the table and the summary agree.
  const drawn = data.units.filter((u) => u.value).sort((a, b) => b.value!.low - a.value!.low || (b.value!.high ?? Infinity) - (a.value!.high ?? Infinity) || compareVi(a.name, b.name));
  const notComparable = data.units.filter((u) => !u.comparable);
  const label = (u: CompareUnit) => formatInterval(u.value!, unit, locale);
  const missingNote = (u: CompareUnit) => (u.missing.length ? `${c.colMissing}: ${names(u.missing)}` : null);

  const bars: CompareBar[] = drawn.map((u) => ({
    key: u.slug,
    name: u.name,
    low: u.value!.low,
    extra: u.value!.high !== null ? u.value!.high - u.value!.low : 0,
    lowerBound: u.value!.high === null,
    approx: u.value!.approx,
    // The unit is said once, in the title, not on every bar.
    label: formatInterval(u.value!, unit, locale, { withUnit: false }),
    detail: [missingNote(u), ...u.sources.map((s) => fill(c.sourceLine, { title: s.title }))].filter((d): d is string => !!d),
  }));

  const boundaries = data.boundaries === "today" ? m.summary.boundaries.todayLong : fill(m.summary.boundaries.timeLong, { n: data.units.length });
  const unitText = unitLabel(unit, locale);
  const title = fill(c.chartTitle, { indicator: indicatorName(data.indicator, locale), year: data.fromYear < data.year ? `${data.fromYear}–${data.year}` : data.year, boundaries }) + (unitText ? ` (${unitText})` : "");
  const first = drawn[0];
  const last = drawn[drawn.length - 1];
  const summary = [
    drawn.length === 0
      ? c.summaryNone
      : drawn.length === 1
        ? fill(c.summaryOne, { total: data.units.length, top: first.name, topValue: label(first) })
        : fill(c.summary, { n: drawn.length, total: data.units.length, top: first.name, topValue: label(first), bottom: last.name, bottomValue: label(last) }),
    notComparable.length ? fill(c.summaryNotComparable, { n: notComparable.length }) : "",
  ].filter(Boolean).join(" ");

  const today = data.boundaries === "today";
  // A figure filed under a province its article never names must say so wherever it is shown.
  const attribution = (u: CompareUnit) =>
    u.sources.some((s) => s.attribution === "UNCONFIRMED") ? m.home.unconfirmedBadge : u.sources.some((s) => s.attribution === "INFERRED") ? m.home.inferredBadge : null;
  const row = (u: CompareUnit) => ({
    key: u.slug,
    cells: [
      <span key="n">
        {u.name}
        {attribution(u) && <span className="ml-1"><Badge label={attribution(u)!} help={m.home.attributionHelp} tone="warn" /></span>}
      </span>,
      u.value ? (
        <span className="whitespace-nowrap">
          {label(u)}
          {u.value.high === null && <span className="block text-xs text-muted">{c.lowerBoundNote}</span>}
        </span>
      ) : (
        <span className="text-sm text-warn">{reasonText(u, data, locale, m)}</span>
      ),
      ...(today ? [names(u.members)] : []),
      u.missing.length ? names(u.missing) : "—",
      <span key="s" className="inline-flex flex-wrap">
        {u.sources.map((s, i) => <SourceButton key={s.key} source={s} quote={null} note={null} what={`${u.name}: ${indicatorName(data.indicator, locale)}, ${data.year}${u.sources.length > 1 ? ` (${i + 1})` : ""}`} locale={locale} m={m} />)}
      </span>,
    ],
  });
  const table: ChartTable = {
    caption: title,
    captionHidden: true,
    columns: [
      { label: c.colUnit },
      { label: c.colValue, numeric: true },
      ...(today ? [{ label: c.colMembers }] : []),
      { label: c.colMissing },
      { label: c.colSources },
    ],
    rows: [...drawn, ...notComparable].map(row),
  };

  return (
    <ChartFrame id={id} title={title} summary={summary} locale={locale} table={table} headingLevel={headingLevel} sources={drawn.flatMap((u) => u.sources)} empty={c.summaryNone}>
      {bars.length > 0 ? (
        <CompareChart bars={bars} locale={locale} legend={{ value: c.legendValue, range: c.legendRange, lowerBound: c.legendLowerBound, approx: c.legendApprox }} />
      ) : null}
    </ChartFrame>
  );
}
