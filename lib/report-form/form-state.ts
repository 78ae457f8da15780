// The yearly report form's state as the user typed it (text, in their language's number format) and the
// values it stands for. Pure: shared by the form (client) and its tests. The rules between values are
// checkReportValues' (lib/validation/report-values.ts), never repeated here.
import { formatNumber, parseNumber } from "@/lib/domain/numbers";
import type { IndicatorKind, Locale, Qualifier, Unit } from "@/lib/domain/types";
import { checkReportValues, type FieldProblem, type ValueInput } from "@/lib/validation/report-values";

export type Values = Record<string, ValueInput>;

/** One field as typed: the number (the low end of a range), how exact it is, and a range's high end. */
export interface FieldState {
  text: string;
  qualifier: Qualifier;
  high: string;
}
export type FormState = Record<string, FieldState>;

/** An indicator as the form shows it (names already in the page's language). */
export interface FormIndicator {
  code: string;
  name: string;
  unit: Unit;
  kind: IndicatorKind;
  partOfCode: string | null;
  groupKey: string;
}

export const QUALIFIER_OPTIONS: Qualifier[] = ["EXACT", "AT_LEAST", "APPROX", "NEARLY", "RANGE"];

export const EMPTY_FIELD: FieldState = { text: "", qualifier: "EXACT", high: "" };

// Values are stored with 4 decimals (Decimal(20, 4)): show them all, so what is saved reads back the same.
const show = (n: number, locale: Locale) => formatNumber(n, locale, { maxFractionDigits: 4 });

export function stateFromValues(values: Values, locale: Locale): FormState {
  return Object.fromEntries(
    Object.entries(values).map(([code, v]) => [
      code,
      { text: show(v.value, locale), qualifier: v.qualifier, high: v.qualifier === "RANGE" && v.high !== null ? show(v.high, locale) : "" },
    ]),
  );
}

/** What the user did not type in a way we can read: shown at once, before any rule. */
export type ParseIssue = "invalid" | "invalidHigh" | "missingLow";

export type FieldIssue = { kind: "parse"; issue: ParseIssue } | { kind: "rule"; problem: FieldProblem };

/** The values the state stands for (empty fields are left out: no figure), and each field's issues. */
export function readForm(state: FormState, catalogue: FormIndicator[], locale: Locale): { values: Values; issues: Record<string, FieldIssue[]> } {
  const values: Values = {};
  const issues: Record<string, FieldIssue[]> = {};
  const add = (code: string, issue: FieldIssue) => (issues[code] ??= []).push(issue);
  for (const { code } of catalogue) {
    const f = state[code];
    if (!f) continue;
    const range = f.qualifier === "RANGE";
    const low = parseNumber(f.text, locale);
    const high = range ? parseNumber(f.high, locale) : null;
    if (!low.ok && low.error === "empty") {
      if (high && (high.ok || high.error !== "empty")) add(code, { kind: "parse", issue: "missingLow" });
      continue;
    }
    if (!low.ok) add(code, { kind: "parse", issue: "invalid" });
    if (high && !high.ok && high.error === "invalid") add(code, { kind: "parse", issue: "invalidHigh" });
    if (issues[code]) continue;
    // An empty high end of a range is left for checkReportValues to name (RANGE_NEEDS_HIGH).
    values[code] = { value: (low as { value: number }).value, qualifier: f.qualifier, high: high?.ok ? high.value : null };
  }
  for (const problem of checkReportValues(values, catalogue)) add(problem.field, { kind: "rule", problem });
  return { values, issues };
}

/** Two states say the same thing (whitespace aside; a range's high end only counts for a range). */
export function sameState(a: FormState, b: FormState): boolean {
  const codes = new Set([...Object.keys(a), ...Object.keys(b)]);
  const norm = (f?: FieldState) => {
    const x = f ?? EMPTY_FIELD;
    const text = x.text.trim();
    const high = x.qualifier === "RANGE" ? x.high.trim() : "";
    // An empty field is no figure, whatever its qualifier says.
    return text === "" && high === "" ? "" : `${text}|${x.qualifier}|${high}`;
  };
  return [...codes].every((c) => norm(a[c]) === norm(b[c]));
}

/** Groups of the catalogue in catalogue order (the order of each group's first indicator). */
export function groupCatalogue<T extends { groupKey: string }>(catalogue: T[]): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const i of catalogue) groups.set(i.groupKey, [...(groups.get(i.groupKey) ?? []), i]);
  return [...groups.entries()].map(([key, items]) => ({ key, items }));
}
