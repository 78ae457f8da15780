// ProgressRows as the data of the %-of-target charts (overview and running-term progress), with their summaries.
// Built on the server: the client charts get plain numbers and finished strings, and format only axis ticks.
// Targets have different units, so every bar is the result as a % of its own target (achievement × 100).
import type { Status } from "@/lib/domain/achievement";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";
import { legendConfig, type ChartConfig } from "./config";
import type { ChartTable } from "./table";
import * as t from "./progress-text";

export interface ChartTip {
  title: string;
  lines: string[];
  sources: string[];
}

export interface PercentDatum {
  key: string;
  name: string;
  /** The part of the result the sources vouch for, as % of target: the bar from zero. null: no result. */
  low: number | null;
  /** Top of a range; equal to low for one figure; null for a lower bound (no upper end). */
  high: number | null;
  resultApprox: boolean;
  targetApprox: boolean;
  status: Status;
  /** A target band's top (max ÷ min × 100); its bottom is 100. */
  bandTop: number | null;
  /** Running term: the pro-rata expectation, as % of the whole target. */
  expected: number | null;
  /** At the end of the bar: "≈ 173%", or "chưa có số liệu". */
  label: string;
  tip: ChartTip;
}

export const rowKey = (r: ProgressRow) => `${r.indicator}-${r.target.kind}-${r.target.year ?? "all"}`;

/** The expectation as % of the whole target. ANNUAL: the achievement already compares with the years gone by. */
function expectedPercent(r: ProgressRow): number | null {
  if (r.expected !== null) return r.target.min > 0 ? (r.expected / r.target.min) * 100 : null;
  return r.target.kind === "ANNUAL" ? 100 : null;
}

export function percentData(rows: ProgressRow[], locale: Locale, m: Messages, opts: { progress?: boolean } = {}): PercentDatum[] {
  const c = m.charts.tooltip;
  return rows.map((r) => {
    const result = t.resultText(r, locale);
    const achievement = t.achievementText(r, locale);
    const expected = opts.progress ? t.expectedText(r, locale) : null;
    const lines = [
      fill(c.result, { value: result ?? t.lowerFirst(m.status.NO_DATA, locale) }),
      fill(c.target, { value: t.targetText(r, locale, m) }),
      achievement ? fill(c.achievement, { value: achievement }) : null,
      expected ? fill(c.expected, { value: expected }) : null,
      m.status[r.status],
      t.basisNote(r, m),
    ];
    return {
      key: rowKey(r),
      name: t.indicatorLabel(r, locale),
      low: r.achievement === null ? null : r.achievement * 100,
      high: r.achievementHigh === null ? null : r.achievementHigh * 100,
      resultApprox: t.isApproxResult(r),
      targetApprox: t.isApproxTarget(r),
      status: r.status,
      bandTop: r.target.max !== null && r.target.max > r.target.min && r.target.min > 0 ? (r.target.max / r.target.min) * 100 : null,
      expected: opts.progress ? expectedPercent(r) : null,
      label: achievement ?? t.lowerFirst(m.status.NO_DATA, locale),
      tip: { title: t.indicatorLabel(r, locale), lines: lines.filter((l): l is string => !!l), sources: r.sources.map((s) => fill(c.source, { title: s.title })) },
    };
  });
}

const SUMMARY_ROWS = 3;

/** "2 chỉ tiêu: 2 vượt mục tiêu. HTX thành lập mới: 208 so với mục tiêu ≈ 120 (≈ 173%); …" */
export function overviewSummary(rows: ProgressRow[], locale: Locale, m: Messages): string {
  const o = m.charts.overview;
  const withResult = rows.filter((r) => r.achievement !== null);
  const shown = withResult.slice(0, SUMMARY_ROWS).map((r) =>
    fill(o.summaryRow, { name: t.indicatorLabel(r, locale), result: t.resultText(r, locale) ?? "", target: t.targetText(r, locale, m), achievement: t.achievementText(r, locale) ?? "" }),
  );
  const more = withResult.length - shown.length;
  if (more > 0) shown.push(fill(o.more, { n: more }));
  return `${t.statusLine(rows, locale, m)}.${shown.length ? ` ${shown.join("; ")}.` : ""}`;
}

export function progressSummary(rows: ProgressRow[], term: { startYear: number; endYear: number }, asOfYear: number, locale: Locale, m: Messages): string {
  const total = term.endYear - term.startYear;
  const elapsed = Math.max(0, Math.min(asOfYear, term.endYear) - term.startYear);
  return fill(m.charts.progress.summary, { elapsed, total, asOf: asOfYear, parts: t.statusParts(rows.map((r) => r.status), locale, m) });
}

export function expectationTable(rows: ProgressRow[], caption: string, locale: Locale, m: Messages): ChartTable {
  const c = m.charts.columns;
  return {
    caption,
    captionHidden: true,
    columns: [{ label: c.indicator }, { label: c.target, numeric: true }, { label: c.expected, numeric: true }, { label: c.result, numeric: true }, { label: c.achievement, numeric: true }, { label: c.status }],
    rows: rows.map((r) => ({
      key: rowKey(r),
      cells: [t.indicatorLabel(r, locale), t.targetText(r, locale, m), t.expectedText(r, locale) ?? "—", t.resultText(r, locale) ?? "—", t.achievementText(r, locale) ?? "—", m.status[r.status]],
    })),
  };
}

type LegendKey = keyof Messages["charts"]["legend"];

/** The legend entries a set of bars needs: only the marks that are actually drawn. */
export function legendKeys(bars: { status: Status | null; low: number | null; high: number | null; approx: boolean }[]): LegendKey[] {
  const has = (s: Status[]) => bars.some((b) => b.status !== null && b.low !== null && s.includes(b.status));
  const drawn = bars.filter((b) => b.low !== null);
  const keys: [LegendKey, boolean][] = [
    ["met", has(["EXCEEDED", "ACHIEVED", "ON_TRACK"])],
    ["notMet", has(["NOT_MET", "BEHIND"])],
    ["inconclusive", has(["INCONCLUSIVE"])],
    ["range", drawn.some((b) => b.high !== null && b.high > b.low!)],
    ["lowerBound", drawn.some((b) => b.high === null)],
    ["approx", drawn.some((b) => b.approx)],
  ];
  return keys.filter(([, on]) => on).map(([k]) => k);
}

export function percentLegend(data: PercentDatum[], m: Messages, opts: { progress?: boolean } = {}): ChartConfig {
  const keys = legendKeys(data.map((d) => ({ ...d, approx: d.resultApprox })));
  const extra: LegendKey[] = opts.progress ? ["fullTerm", "expected"] : [];
  return legendConfig(m.charts.legend, [...keys, "target", ...(data.some((d) => d.bandTop !== null) ? (["band"] as LegendKey[]) : []), ...extra]);
}
