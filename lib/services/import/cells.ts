// Reading one cell of an imported file. A real numeric cell is taken as the number it is; a text cell is read
// the Vietnamese way ("1.342" → 1342, "4,67" → 4.67: the routes pass FILE_LOCALE); anything else is a problem
// for that row and column, never a guess.
import { parseNumber } from "../../domain/numbers";
import type { Locale } from "../../domain/types";
import type { Cell } from "./read-table";

export type Read<T> = { ok: true; value: T | null } | { ok: false; problem: "FILE_NOT_NUMBER" | "NOT_WHOLE" | "NOT_YEAR" };

export function cellText(c: Cell): string | null {
  if (c === null) return null;
  const s = String(c).trim();
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
