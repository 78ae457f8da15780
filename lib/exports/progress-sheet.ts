// A term's progress as a worksheet people read (the API's ?format=xlsx, decision 0035): headers in their
// language, numbers as numeric cells (the text as the sources wrote it has its own column), each qualifier in its
// own column. The words are the term page's (lib/charts/progress-text.ts, pace-text.ts). Pure: no I/O.
import * as pace from "@/lib/charts/pace-text";
import * as t from "@/lib/charts/progress-text";
import { qualifierWord, unitLabel } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";
import type { OutCell, SheetData } from "@/lib/services/import/workbook";

type Column = keyof Messages["termFiles"]["sheet"]["columns"];

/** A ratio as a percentage with two decimals: 1.7333 → 173.33. */
const percent = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v * 10_000) / 100);

function cells(r: ProgressRow, locale: Locale, m: Messages): Record<Column, OutCell> {
  const unit = t.rowUnit(r);
  const paced = pace.isPaced(r) ? r : null;
  const pr = paced?.pace;
  return {
    code: r.indicator,
    indicator: t.indicatorLabel(r, locale),
    unit: unitLabel(unit, locale),
    kind: m.terms.kinds[r.target.kind],
    targetYear: r.target.year,
    target: t.targetText(r, locale, m),
    targetMin: r.target.min,
    targetMax: r.target.max,
    targetQualifier: qualifierWord(r.target.qualifier, locale),
    result: t.resultText(r, locale),
    resultValue: r.result.value,
    resultLow: r.result.low,
    resultHigh: r.result.high,
    resultQualifier: r.result.qualifier && qualifierWord(r.result.qualifier, locale),
    basis: t.basisNote(r, m),
    achievement: percent(r.achievement),
    achievementHigh: percent(r.achievementHigh),
    exceededBy: percent(r.exceededBy),
    approximate: r.approximate ? m.termFiles.sheet.yes : null,
    status: m.status[r.status],
    expected: r.expected,
    paceStatus: pr ? pace.paceStatusText(pr, locale, m) : null,
    paceSoFar: pr?.soFar?.low ?? null,
    paceNeeded: pr?.needed?.low ?? null,
    projectionLow: pr?.projection?.low ?? null,
    projectionHigh: pr?.projection?.high ?? null,
    quote: r.target.quote,
    sources: r.sources.map((s) => s.title).join("; ") || null,
  };
}

export function progressSheet(rows: ProgressRow[], locale: Locale, m: Messages): SheetData {
  const words = m.termFiles.sheet.columns;
  const columns = Object.keys(words) as Column[];
  const wide: Partial<Record<Column, number>> = { indicator: 32, target: 22, result: 22, basis: 30, status: 20, paceStatus: 24, quote: 60, sources: 50 };
  return {
    name: m.termFiles.sheet.name,
    header: columns.map((c) => words[c]),
    rows: rows.map((r) => {
      const row = cells(r, locale, m);
      return columns.map((c) => row[c]);
    }),
    widths: columns.map((c) => wide[c] ?? Math.max(12, Math.min(words[c].length + 2, 24))),
  };
}
