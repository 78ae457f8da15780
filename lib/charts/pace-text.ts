// How a running target's pace (ProgressRow.pace, decision 0028) reads in figures and words: the term page's table
// and, later, the presentation's slides. Pure: no I/O, unit-tested.
import type { PaceStatus } from "@/lib/domain/pace";
import { formatNumber } from "@/lib/domain/numbers";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Bounds, PaceRow, ProgressRow } from "@/lib/queries/progress";
import * as t from "./progress-text";

export type Paced = ProgressRow & { pace: PaceRow };
export const isPaced = (r: ProgressRow): r is Paced => r.pace !== null;

/** "15", "≈ 15", "≥ 13,3" (a lower bound), "10–30", "-6,7 – +20"; "—" when neither end is known. */
function boundsText(b: Bounds, format: (v: number) => string, approx: boolean): string {
  const a = approx ? "≈ " : "";
  if (b.low === null && b.high === null) return "—";
  if (b.high === null) return `≥ ${a}${format(b.low!)}`;
  if (b.low === null) return `≤ ${a}${format(b.high)}`;
  const [low, high] = [format(b.low), format(b.high)];
  if (low === high) return `${a}${low}`;
  return /^[+-]/.test(low) || /^[+-]/.test(high) ? `${a}${low} – ${high}` : `${a}${low}–${high}`;
}

const signed = (text: string, v: number) => (v > 0 ? `+${text}` : v < 0 ? `-${text}` : text);

/** One pace per year as the row's kind counts it: an amount, a change of level, a growth rate. */
function paceFormat(r: Paced, locale: Locale, m: Messages): (v: number) => string {
  const unit = t.rowUnit(r);
  const amount = (v: number) => formatValue({ qualifier: "EXACT", value: Math.round(v * 10) / 10 }, unit, locale);
  if (r.target.kind === "GROWTH") return (v) => signed(`${formatNumber(Math.abs(v) * 100, locale, { maxFractionDigits: 1 })}%`, v);
  if (r.target.kind !== "END_LEVEL") return amount;
  // A share changes by percentage points, not by percent.
  if (unit === "PERCENT") return (v) => signed(fill(m.charts.pace.points, { value: formatNumber(Math.abs(v), locale, { maxFractionDigits: 1 }) }), v);
  return (v) => signed(amount(Math.abs(v)), v);
}

const perYear = (text: string, m: Messages) => (text === "—" ? text : fill(m.charts.pace.perYear, { value: text }));

export function soFarText(r: Paced, locale: Locale, m: Messages): string {
  return r.pace.soFar ? perYear(boundsText(r.pace.soFar, paceFormat(r, locale, m), r.pace.approximate), m) : "—";
}

export function neededText(r: Paced, locale: Locale, m: Messages): string {
  return r.pace.needed ? perYear(boundsText(r.pace.needed, paceFormat(r, locale, m), false), m) : "—";
}

/** "các năm còn lại: 27,5/năm"; null where it says nothing more than the pace needed (ANNUAL, or met already). */
export function fromNowText(r: Paced, locale: Locale, m: Messages): string | null {
  const p = r.pace;
  if (!p.neededFromNow || r.target.kind === "ANNUAL" || p.status === "ACHIEVED") return null;
  return fill(m.charts.pace.fromNow, { value: boundsText(p.neededFromNow, paceFormat(r, locale, m), false) });
}

/** The value at the term's end: "75", "≈ 1,45 lần", "28/năm" for a yearly target. */
export function projectionText(r: Paced, locale: Locale, m: Messages): string {
  const p = r.pace.projection;
  if (!p) return "—";
  const unit = t.rowUnit(r);
  const digits = unit === "TIMES" ? 2 : 1;
  // A share's straight line can pass 100%; the share cannot.
  const round = (v: number) => Math.round((unit === "PERCENT" ? Math.min(v, 100) : v) * 10 ** digits) / 10 ** digits;
  const text = boundsText(p, (v) => formatValue({ qualifier: "EXACT", value: round(v) }, unit, locale), r.pace.approximate);
  return r.target.kind === "ANNUAL" ? perYear(text, m) : text;
}

/** "Có tiến bộ, cần tăng tốc"; "Chưa kết luận được: từ “cần tăng tốc” đến “đã đạt mục tiêu”". */
export function paceStatusText(p: PaceRow, locale: Locale, m: Messages): string {
  const words = m.charts.pace.status;
  if (p.status !== "INCONCLUSIVE" || !p.worst || !p.best) return words[p.status];
  const between = fill(m.charts.pace.between, { worst: t.lowerFirst(words[p.worst], locale), best: t.lowerFirst(words[p.best], locale) });
  return `${words.INCONCLUSIVE}: ${between}`;
}

export const paceReasonText = (p: PaceRow, m: Messages): string | null => (p.reason ? m.charts.pace.reason[p.reason] : null);

const ORDER: PaceStatus[] = ["ACHIEVED", "ON_TRACK", "ACCELERATION_NEEDED", "LIMITED_PROGRESS", "DETERIORATION", "INCONCLUSIVE", "NO_DATA"];

/** "Nếu giữ nhịp đến nay (…): 2 đúng hướng, 1 tiến bộ hạn chế." */
export function paceSummary(rows: Paced[], asOfYear: number, locale: Locale, m: Messages): string {
  const parts = ORDER.map((s) => [m.charts.pace.status[s], rows.filter((r) => r.pace.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([word, n]) => `${formatNumber(n, locale)} ${t.lowerFirst(word, locale)}`)
    .join(", ");
  return fill(m.charts.pace.summary, { asOf: asOfYear, parts });
}

/** The one sentence of method, naming the projections of the kinds the rows have. */
export function paceMethodText(rows: Paced[], m: Messages): string {
  const used = [...new Set(rows.map((r) => r.pace.method))];
  return fill(m.charts.pace.method, { methods: used.map((k) => m.charts.pace.methods[k]).join("; ") });
}
