// How a ProgressRow reads in figures and words: one place for the tables, the chart labels and the summaries,
// so a chart never says "≈ 173%" where its table says "173%". Pure: no I/O, unit-tested.
import type { Status } from "@/lib/domain/achievement";
import { formatNumber } from "@/lib/domain/numbers";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale, Unit } from "@/lib/domain/types";
import { formatTarget, targetUnit } from "@/lib/format/target";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow, ResultValue } from "@/lib/queries/progress";
import { percentLabel } from "./config";

export const indicatorLabel = (row: ProgressRow, locale: Locale) => (locale === "vi" ? row.nameVi : row.nameEn);

export const lowerFirst = (s: string, locale: Locale) => s.charAt(0).toLocaleLowerCase(locale) + s.slice(1);
export const upperFirst = (s: string, locale: Locale) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** The unit a row's result and target are in: a GROWTH target is a multiple, whatever the indicator counts. */
export const rowUnit = (row: ProgressRow): Unit => targetUnit(row.target.kind, row.unit);

export function targetText(row: ProgressRow, locale: Locale, m: Messages): string {
  return formatTarget(row.target, row.unit, locale, m.terms.orMore);
}

/** "208", "trên 150", "2–4,5 triệu đồng/người/tháng"; null when there is no result. */
export function valueText(v: ResultValue, unit: Unit, locale: Locale, opts?: { withUnit?: boolean }): string | null {
  if (v.value === null || v.qualifier === null) return null;
  return formatValue({ qualifier: v.qualifier, value: v.value, high: v.high }, unit, locale, opts);
}

export const resultText = (row: ProgressRow, locale: Locale) => valueText(row.result, rowUnit(row), locale);

/** A running term's pro-rata expectation in the target's unit: "36", "60,3%", "1,31 lần". */
export function expectedText(row: ProgressRow, locale: Locale): string | null {
  if (row.expected === null) return null;
  // A pace is a rough guide: one decimal is enough, except for multiples, where 1,31 and 1,3 differ.
  const value = rowUnit(row) === "TIMES" ? row.expected : Math.round(row.expected * 10) / 10;
  return formatValue({ qualifier: "EXACT", value }, rowUnit(row), locale);
}

export const isApproxTarget = (row: ProgressRow) => row.target.qualifier === "APPROX" || row.target.qualifier === "NEARLY";

/** Whether the result itself (not the target) is approximate: its own "≈", or an approximate row with an exact target. */
export const isApproxResult = (row: ProgressRow) => row.result.qualifier === "APPROX" || (row.approximate && !isApproxTarget(row));

/** "173%", "≈ 173%", "≥ 133%" for a lower bound, "67–150%" for a range; null with no result. */
export function achievementText(row: ProgressRow, locale: Locale): string | null {
  if (row.achievement === null) return null;
  const low = percentLabel(row.achievement * 100, locale);
  const approx = row.approximate ? "≈ " : "";
  if (row.achievementHigh === null) return `≥ ${approx}${low}`;
  const high = percentLabel(row.achievementHigh * 100, locale);
  return high === low ? `${approx}${low}` : `${approx}${low.replace("%", "")}–${high}`;
}

const STATUS_ORDER: Status[] = ["EXCEEDED", "ACHIEVED", "ON_TRACK", "INCONCLUSIVE", "BEHIND", "NOT_MET", "NO_DATA"];

/** "2 vượt mục tiêu, 1 chưa có số liệu", plus any extra counted words ("2 chưa đến kỳ báo cáo"). */
export function statusParts(statuses: Status[], locale: Locale, m: Messages, extra: [string, number][] = []): string {
  const counted: [string, number][] = STATUS_ORDER.map((s) => [m.status[s], statuses.filter((x) => x === s).length]);
  return [...counted, ...extra]
    .filter(([, n]) => n > 0)
    .map(([word, n]) => `${formatNumber(n, locale)} ${lowerFirst(word, locale)}`)
    .join(", ");
}

/** "2 chỉ tiêu: 2 vượt mục tiêu". */
export function statusLine(rows: ProgressRow[], locale: Locale, m: Messages): string {
  const parts = statusParts(rows.map((r) => r.status), locale, m);
  return rows.length === 1 ? fill(m.charts.statusLineOne, { parts }) : fill(m.charts.statusLine, { n: formatNumber(rows.length, locale), parts });
}

/** Years as people write them: consecutive runs joined ("2019–2021, 2023"). */
export function yearList(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const y of sorted) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ");
}

/** What the result is made of: "cộng dồn 2013–2018", "tổng các năm 2019–2021; thiếu số liệu năm 2022". */
export function basisNote(row: ProgressRow, m: Messages): string | null {
  const b = m.charts.basis;
  const { basis, years, missingYears } = row.result;
  const missing = missingYears.length ? fill(b.missing, { years: yearList(missingYears) }) : null;
  let note: string | null = null;
  if (basis === "CUMULATIVE") note = fill(b.CUMULATIVE, { from: years[0], to: years[years.length - 1] });
  else if (basis === "SUM_OF_YEARS") note = fill(b.SUM_OF_YEARS, { years: yearList(years) });
  else if (basis === "END_VALUE" || basis === "LATEST_VALUE") note = fill(b[basis], { year: years[0] });
  else if (basis === "GROWTH") note = fill(b.GROWTH, { from: years[0], to: years[1] });
  // ANNUAL: the result is the sum of the judged years, against the yearly target times their number.
  else if (basis === "YEARS") note = fill(b.YEARS, { n: years.length, years: yearList(years) });
  // A row with no result at all says "no data" in its status; listing every missing year adds nothing.
  return [note, note ? missing : null].filter(Boolean).join("; ") || null;
}

/** The words under a status: "vượt ≈ 73%", "vượt ít nhất 33%"; null when the result did not pass the target. */
export function exceededText(row: ProgressRow, locale: Locale, m: Messages): string | null {
  if (row.exceededBy === null) return null;
  const pct = formatValue({ qualifier: "EXACT", value: Math.round(row.exceededBy * 100) }, "PERCENT", locale);
  return fill(row.achievementHigh === null ? m.status.exceededByAtLeast : m.status.exceededBy, { pct: row.approximate ? `≈ ${pct}` : pct });
}
