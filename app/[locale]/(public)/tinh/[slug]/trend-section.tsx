// The province page's trends (decision 0033): a chart per indicator over every year it has, each in the shared
// frame with its summary in words, its table and its sources, all server-rendered; only the plot needs
// JavaScript. A province that absorbed others offers the roll-up as a link (?lich-su=gop), so it works without
// JavaScript and the response cache keeps each answer by its address.
import Link from "next/link";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import { TrendChart } from "@/components/charts/trend-chart";
import { SourceButton } from "@/components/figure";
import { InheritedFlagBadges } from "@/components/flag-badges";
import type { TrendSeries } from "@/lib/charts/trend-data";
import { runningNote, trendChartData, trendLegend, trendSummary, trendTableText, trendTitle } from "@/lib/charts/trend-text";
import type { Locale } from "@/lib/domain/types";
import { indicatorName } from "@/lib/format/indicator";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { ProvincePage } from "@/lib/queries/province-page";

export const TRENDS_ID = "xu-huong";
/** The query parameter of the roll-up: `?lich-su=gop` (lịch sử gộp, the merged history). */
export const ROLL_UP_PARAM = "lich-su";
export const ROLL_UP_VALUE = "gop";

type Ctx = { locale: Locale; m: Messages };

export function trendsHref(slug: string, rolledUp: boolean, locale: Locale): string {
  return `${localePath(locale, `/tinh/${slug}`)}${rolledUp ? `?${ROLL_UP_PARAM}=${ROLL_UP_VALUE}` : ""}#${TRENDS_ID}`;
}

export function TrendSection({ province, series, rolledUp, locale, m }: { province: ProvincePage["province"]; series: TrendSeries[]; rolledUp: boolean } & Ctx) {
  const tr = m.trends;
  const absorbed = province.absorbed.map((a) => a.name).join(", ");
  return (
    <section aria-labelledby={TRENDS_ID} className="space-y-6">
      <h2 id={TRENDS_ID} className="border-b border-line pb-1 text-2xl font-bold tracking-tight">{tr.title}</h2>
      <p className="max-w-4xl text-muted">{tr.intro}</p>
      {province.absorbed.length > 0 && (
        <div className="space-y-2">
          <nav aria-label={tr.rollUpGroup} className="flex flex-wrap gap-2">
            <ToggleLink href={trendsHref(province.slug, false, locale)} current={!rolledUp} label={fill(tr.rollUpOff, { name: province.name }, locale)} />
            <ToggleLink href={trendsHref(province.slug, true, locale)} current={rolledUp} label={tr.rollUpOn} />
          </nav>
          {rolledUp && <p className="max-w-4xl text-sm">{fill(tr.rollUpNote, { names: absorbed, name: province.name }, locale)}</p>}
        </div>
      )}
      {series.length === 0 && <p className="text-muted">{tr.none}</p>}
      {series.map((s) => (
        <TrendFigure key={s.indicator.code} series={s} locale={locale} m={m} />
      ))}
    </section>
  );
}

function ToggleLink({ href, current, label }: { href: string; current: boolean; label: string }) {
  const look = current ? "border-accent bg-accent text-white no-underline" : "border-line bg-surface";
  return (
    <Link href={href} aria-current={current ? "true" : undefined} scroll={false} className={`rounded-md border px-3 py-1.5 text-base ${look}`}>
      {label}
    </Link>
  );
}

function TrendFigure({ series: s, locale, m }: { series: TrendSeries } & Ctx) {
  const chart = trendChartData(s, locale, m);
  const text = trendTableText(s, locale, m);
  const c = text.columns;
  const indicator = indicatorName(s.indicator, locale);
  const table: ChartTable = {
    caption: text.caption,
    captionHidden: true,
    columns: [
      { label: c.year },
      { label: c.value, numeric: true },
      ...(c.band ? [{ label: c.band, numeric: true }] : []),
      ...(c.cumulative ? [{ label: c.cumulative, numeric: true }, { label: c.termTarget!, numeric: true }] : []),
      { label: c.notes },
      { label: c.sources },
    ],
    rows: s.years.map((y, i) => {
      const r = text.rows[i];
      return {
        key: r.year,
        cells: [
          r.year,
          r.value,
          ...(c.band ? [r.band] : []),
          ...(c.cumulative ? [r.cumulative, r.termTarget] : []),
          <span key="n" className="flex flex-col gap-1 text-sm">
            {r.notes.map((n) => <span key={n}>{n}</span>)}
            {y.value && <InheritedFlagBadges flags={y.flags} m={m} />}
          </span>,
          <span key="s" className="inline-flex flex-wrap">
            {y.sources.map((src, k) => (
              <SourceButton key={src.key} source={src} quote={null} note={null} what={`${fill(m.trends.sourceWhat, { indicator, year: y.year })}${y.sources.length > 1 ? ` (${k + 1})` : ""}`} locale={locale} m={m} />
            ))}
          </span>,
        ],
      };
    }),
    footnote: runningNote(s, locale, m),
  };
  const sources = [...s.years.flatMap((y) => y.sources), ...s.cumulative.flatMap((l) => l.points.flatMap((p) => p.sources))];
  const drawable = chart.bars.some((b) => b.low !== null) || chart.lines.some((l) => l.points.length > 0);
  return (
    <ChartFrame id={`trend-${s.indicator.code}`} title={trendTitle(s, locale, m)} summary={trendSummary(s, locale, m)} locale={locale} table={table} sources={sources} empty={m.trends.summaryNoYear}>
      {drawable ? <TrendChart chart={chart} locale={locale} legend={trendLegend(s, chart, m)} /> : null}
    </ChartFrame>
  );
}
