// Reading one cell of an imported file. A real numeric cell is taken as the number it is; a text cell is read
// the Vietnamese way ("1.342" → 1342, "4,67" → 4.67: the routes pass FILE_LOCALE); anything else is a problem
// for that row and column, never a guess.
import { withoutFormulaQuote } from "@/lib/domain/formula-text";
import { parseNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { fieldErrorFrom } from "@/lib/validation/field-errors";
import { ServiceError } from "@/lib/services/errors";
import type { RowProblem } from "./limits";
import type { Cell, ColumnSpec } from "./read-table";
import type { FormulaCell } from "./xlsx-sheet";

export type Read<T> = { ok: true; value: T | null } | { ok: false; problem: "FILE_NOT_NUMBER" | "NOT_WHOLE" | "NOT_YEAR" };

export function cellText(c: Cell): string | null {
  if (c === null) return null;
  // A file we exported and the user edited: the quote that kept "=…" from running is not part of the name.
  const s = withoutFormulaQuote(String(c).trim());
  return s === "" ? null : s;
}

export function cellNumber(c: Cell, locale: Locale): Read<number> {
  if (c === null) return { ok: true, value: null };
  if (typeof c === "number") return Number.isFinite(c) ? { ok: true, value: c } : { ok: false, problem: "FILE_NOT_NUMBER" };
  const r = parseNumber(c, locale);
  if (r.ok) return { ok: true, value: r.value };
  return r.error === "empty" ? { ok: true, value: null } : { ok: false, problem: "FILE_NOT_NUMBER" };
}

export function cellCount(c: Cell, locale: Locale): Read<number> {
  const r = cellNumber(c, locale);
  if (!r.ok || r.value === null) return r;
  return Number.isInteger(r.value) && r.value >= 0 ? r : { ok: false, problem: "NOT_WHOLE" };
}

/** A year: a whole number of four digits, as a number cell or as text ("2015", never "2.015"). */
export function cellYear(c: Cell): Read<number> {
  if (c === null) return { ok: true, value: null };
  const s = typeof c === "number" ? String(c) : c.trim();
  return /^\d{4}$/.test(s) ? { ok: true, value: Number(s) } : { ok: false, problem: "NOT_YEAR" };
}

const fileErr = fieldErrorFrom("importFile");
const rowErr = fieldErrorFrom("importRow");
const letters = (col: number): string => (col < 0 ? "" : letters(Math.floor(col / 26) - 1) + String.fromCharCode(65 + (col % 26)));

/**
 * A formula cell in one of the template's columns (or its header row) refuses the file, naming each cell: its
 * cached result may be stale or computed from cells the import never sees, so it is never taken in its place.
 */
export function formulaProblems<K extends string>(formulas: FormulaCell[], index: Map<K, number>, columns: ColumnSpec<K>[]): ServiceError | null {
  const keyAt = new Map([...index].map(([key, at]) => [at, key]));
  const problems: RowProblem[] = [];
  for (const f of formulas) {
    const key = keyAt.get(f.col);
    if (key === undefined && f.row !== 1) continue;
    const cell = `${letters(f.col)}${f.row}`;
    const header = columns.find((c) => c.key === key)?.header ?? letters(f.col);
    problems.push({ ...rowErr(key ?? "file", "FORMULA", { cell, formula: f.formula ? `=${f.formula}` : "=…" }), row: f.row, column: header });
  }
  if (!problems.length) return null;
  return new ServiceError("INVALID", { file: fileErr("file", "FORMULA_CELLS", { count: problems.length }), problems });
}
