// One schema for a unit of the register (HTX, LH HTX, THT, QTDND): the shape the service accepts from the form,
// the import and any API, and the rules between fields, each with a Vietnamese message first.
import { z } from "zod";
import { fieldErrorFrom, type FieldError } from "./field-errors";

export const UNIT_TYPES = ["HTX", "LH_HTX", "THT", "QTDND"] as const;
export const SECTORS = ["AGRICULTURE", "INDUSTRY_CRAFT", "CONSTRUCTION", "TRADE_SERVICE", "TRANSPORT", "ENVIRONMENT", "CREDIT", "OTHER"] as const;
export const RATINGS = ["GOOD", "FAIR", "AVERAGE", "WEAK"] as const;
export type UnitTypeCode = (typeof UNIT_TYPES)[number];
export type SectorCode = (typeof SECTORS)[number];
export type RatingCode = (typeof RATINGS)[number];

/** The earliest year the database accepts (a CHECK constraint says the same). */
export const FIRST_YEAR = 1945;
export const currentYear = (now = new Date()) => now.getFullYear();

/** Only cooperatives join a cooperative union: HTX, and QTDND (credit cooperatives). */
export const MAY_JOIN_UNION: readonly UnitTypeCode[] = ["HTX", "QTDND"];

const text = z.string().transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim());
const optionalText = text.nullish().transform((s) => (s ? s : null));
/** Column limits of RegisterUnit, checked with a message before the database would refuse. */
export const MAX_LENGTH = { name: 300, commune: 120, registrationNo: 32 } as const;
/** Postgres `integer` (int4), the type of every whole-number column of RegisterUnit. */
export const INT4_MAX = 2_147_483_647;
const int = z.number().int().finite();

export const unitInput = z.object({
  // NFC: a name pasted in decomposed form must search and compare like one typed on a Vietnamese keyboard.
  name: text,
  type: z.enum(UNIT_TYPES),
  sector: z.enum(SECTORS),
  commune: optionalText,
  registrationNo: optionalText,
  foundedYear: int,
  dissolvedYear: int.nullish().transform((v) => v ?? null),
  members: int.nullish().transform((v) => v ?? null),
  workers: int.nullish().transform((v) => v ?? null),
  rating: z.enum(RATINGS).nullish().transform((v) => v ?? null),
  ratingYear: int.nullish().transform((v) => v ?? null),
  unionId: int.positive().max(INT4_MAX).nullish().transform((v) => v ?? null),
}).strict();
export type UnitInput = z.output<typeof unitInput>;

const err = fieldErrorFrom("register");

/** The rules between fields that need no database; the service adds the union's (same province, an LH HTX). */
export function checkUnit(u: UnitInput, now = currentYear()): FieldError[] {
  const out: FieldError[] = [];
  const year = (field: string, v: number | null) => {
    if (v !== null && (v < FIRST_YEAR || v > now)) { out.push(err(field, "NOT_YEAR", { min: FIRST_YEAR, max: now })); return false; }
    return v !== null;
  };
  if (u.name.length < 2) out.push(err("name", "NAME_REQUIRED"));
  for (const f of ["name", "commune", "registrationNo"] as const) if ((u[f]?.length ?? 0) > MAX_LENGTH[f]) out.push(err(f, "TOO_LONG", { max: MAX_LENGTH[f] }));
  const founded = year("foundedYear", u.foundedYear);
  if (year("dissolvedYear", u.dissolvedYear) && founded && u.dissolvedYear! < u.foundedYear) out.push(err("dissolvedYear", "DISSOLVED_BEFORE_FOUNDED", { year: u.foundedYear }));
  for (const f of ["members", "workers"] as const) {
    if (u[f] !== null && u[f]! < 0) out.push(err(f, "NOT_WHOLE"));
    else if (u[f] !== null && u[f]! > INT4_MAX) out.push(err(f, "TOO_BIG"));
  }
  const rated = year("ratingYear", u.ratingYear);
  if (u.rating && u.ratingYear === null) out.push(err("ratingYear", "RATING_YEAR_NEEDED"));
  if (!u.rating && u.ratingYear !== null) out.push(err("rating", "RATING_NEEDED"));
  if (rated && founded && u.ratingYear! < u.foundedYear) out.push(err("ratingYear", "RATING_BEFORE_FOUNDED", { year: u.foundedYear }));
  if (u.unionId !== null && !MAY_JOIN_UNION.includes(u.type)) out.push(err("unionId", "UNION_NOT_ALLOWED"));
  return out;
}

/** zod's complaints about the shape, as field errors (a form never sends these; an API client might). */
export function shapeErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => err(String(i.path[0] ?? "body"), "MALFORMED"));
}
