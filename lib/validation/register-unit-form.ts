// The unit form's text fields → the service's input. Numbers are typed the Vietnamese way in the Vietnamese UI
// ("1.342" members), years as four digits; a field that cannot be read becomes a message, never a guess.
import { parseNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { fieldErrorFrom, type FieldError } from "./field-errors";
import { currentYear, FIRST_YEAR } from "./register-unit";

export const UNIT_FORM_FIELDS = [
  "name", "type", "sector", "commune", "registrationNo", "foundedYear", "dissolvedYear", "members", "workers", "rating", "ratingYear", "unionId",
] as const;
export type UnitFormField = (typeof UNIT_FORM_FIELDS)[number];
export type UnitFormValues = Partial<Record<UnitFormField, string>>;

const err = fieldErrorFrom("register");

/** A year as typed: four digits, or empty. */
export function readYear(raw: string | undefined, field: string, problems: FieldError[]): number | null {
  const s = (raw ?? "").trim();
  if (!s) return null;
  if (!/^\d{4}$/.test(s)) { problems.push(err(field, "NOT_YEAR", { min: FIRST_YEAR, max: currentYear() })); return null; }
  return Number(s);
}

/** A whole, non-negative count in the page's number format ("1.342"), or empty. */
export function readCount(raw: string | undefined, field: string, locale: Locale, problems: FieldError[]): number | null {
  const r = parseNumber(raw ?? "", locale);
  if (!r.ok) { if (r.error === "invalid") problems.push(err(field, "NOT_NUMBER")); return null; }
  if (!Number.isInteger(r.value) || r.value < 0) { problems.push(err(field, "NOT_WHOLE")); return null; }
  return r.value;
}

export function unitFromForm(v: UnitFormValues, locale: Locale): { input: Record<string, unknown>; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const foundedYear = readYear(v.foundedYear, "foundedYear", problems);
  if (foundedYear === null && !problems.some((p) => p.field === "foundedYear")) problems.push(err("foundedYear", "REQUIRED"));
  const input = {
    name: v.name ?? "",
    type: v.type ?? "",
    sector: v.sector ?? "",
    commune: v.commune ?? null,
    registrationNo: v.registrationNo ?? null,
    foundedYear: foundedYear ?? FIRST_YEAR,
    dissolvedYear: readYear(v.dissolvedYear, "dissolvedYear", problems),
    members: readCount(v.members, "members", locale, problems),
    workers: readCount(v.workers, "workers", locale, problems),
    rating: v.rating ? v.rating : null,
    ratingYear: readYear(v.ratingYear, "ratingYear", problems),
    unionId: v.unionId ? Number(v.unionId) : null,
  };
  if (!v.type) problems.push(err("type", "UNKNOWN_TYPE"));
  if (!v.sector) problems.push(err("sector", "UNKNOWN_SECTOR"));
  return { input, problems };
}
