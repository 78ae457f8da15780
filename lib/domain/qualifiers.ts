import { formatNumber } from "./numbers";
import type { Locale, Qualifier, Unit } from "./types";

const UNIT_LABELS: Record<Unit, Record<Locale, string>> = {
  // Counts (cooperatives, members...) read naturally with no unit word.
  COUNT: { vi: "", en: "" },
  PERSONS: { vi: "người", en: "persons" },
  MILLION_VND: { vi: "triệu đồng", en: "million VND" },
  BILLION_VND: { vi: "tỷ đồng", en: "billion VND" },
  PERCENT: { vi: "%", en: "%" },
  MILLION_VND_PER_PERSON_MONTH: { vi: "triệu đồng/người/tháng", en: "million VND/person/month" },
  TIMES: { vi: "lần", en: "times" },
};

export function unitLabel(unit: Unit, locale: Locale): string {
  return UNIT_LABELS[unit][locale];
}

const QUALIFIER_WORDS: Record<Qualifier, Record<Locale, string>> = {
  EXACT: { vi: "chính xác", en: "exact" },
  AT_LEAST: { vi: "tối thiểu (trên)", en: "lower bound (over)" },
  APPROX: { vi: "xấp xỉ", en: "approximate" },
  NEARLY: { vi: "gần", en: "nearly" },
  RANGE: { vi: "khoảng từ–đến", en: "range" },
};

export function qualifierWord(q: Qualifier, locale: Locale): string {
  return QUALIFIER_WORDS[q][locale];
}

// Words placed before the number, as the source documents write them.
// APPROX deliberately uses "≈" in both languages (one rule, no "khoảng"/"about"):
// it is compact enough for chart labels and reads the same in vi and en.
const PREFIXES: Record<Exclude<Qualifier, "EXACT" | "RANGE">, Record<Locale, string>> = {
  AT_LEAST: { vi: "trên ", en: "over " },
  APPROX: { vi: "≈ ", en: "≈ " },
  NEARLY: { vi: "gần ", en: "nearly " },
};

function attachUnit(figure: string, unit: Unit, locale: Locale): string {
  const label = unitLabel(unit, locale);
  if (label === "") return figure;
  // "%" is written tight against the number ("80%"); unit words take a space.
  return unit === "PERCENT" ? `${figure}${label}` : `${figure} ${label}`;
}

export type QualifiedValue = { qualifier: Qualifier; value: number; high?: number | null };

export function formatValue(v: QualifiedValue, unit: Unit, locale: Locale, opts?: { withUnit?: boolean }): string {
  const withUnit = opts?.withUnit ?? true;
  let figure = formatNumber(v.value, locale);
  let prefix = "";
  if (v.qualifier === "RANGE") {
    // A range missing its upper bound can only honestly show the lower value.
    if (v.high !== null && v.high !== undefined) figure = `${figure}–${formatNumber(v.high, locale)}`;
  } else if (v.qualifier !== "EXACT") {
    prefix = PREFIXES[v.qualifier][locale];
  }
  return prefix + (withUnit ? attachUnit(figure, unit, locale) : figure);
}
