// One schema per form for a province's terms and their targets, shared by the forms (through the *FromForm
// readers) and the services, and the rules a target obeys. Numbers reach the services as numbers.
import { z } from "zod";
import { boundProblem } from "@/lib/domain/decimal-bounds";
import { parseNumber } from "@/lib/domain/numbers";
import { termYears } from "@/lib/domain/term-years";
import type { IndicatorKind, Locale, Unit } from "@/lib/domain/types";
import { fieldErrorFrom, type FieldError } from "./field-errors";

export const TARGET_KINDS = ["TERM_TOTAL", "ANNUAL", "END_LEVEL", "GROWTH"] as const;
/** A target's own precision (the database allows AT_LEAST too, for figures read from sources). */
export const TARGET_QUALIFIERS = ["EXACT", "APPROX"] as const;
export const TERM_YEARS = { min: 1945, max: 2100, longest: 10 } as const;

const err = fieldErrorFrom("target");
const text = z.string().transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim());
const optionalText = z.string().transform((s) => s.normalize("NFC").trim()).nullish().transform((s) => (s ? s : null));

export const termInput = z.object({
  congress: z.string().trim().toUpperCase().nullish().transform((s) => (s ? s : null)),
  startYear: z.number().int(),
  endYear: z.number().int(),
  label: text.nullish().transform((s) => s ?? ""),
  note: optionalText,
}).strict();
export type TermInput = z.output<typeof termInput>;

export function checkTerm(t: TermInput): FieldError[] {
  const out: FieldError[] = [];
  const { min, max, longest } = TERM_YEARS;
  for (const f of ["startYear", "endYear"] as const) if (t[f] < min || t[f] > max) out.push(err(f, "NOT_YEAR", { min, max }));
  if (out.length === 0 && t.endYear <= t.startYear) out.push(err("endYear", "END_NOT_AFTER_START"));
  else if (out.length === 0 && t.endYear - t.startYear > longest) out.push(err("endYear", "TERM_TOO_LONG"));
  if (t.congress && !/^[IVXLC]{1,8}$/.test(t.congress)) out.push(err("congress", "BAD_CONGRESS"));
  if (t.label.length > 120) out.push(err("label", "TOO_LONG", { max: 120 }));
  return out;
}

/** "Đại hội V, nhiệm kỳ 2018–2023" when the user left the label empty. */
export function defaultTermLabel(t: TermInput): string {
  const years = `${t.startYear}–${t.endYear}`;
  return t.congress ? `Đại hội ${t.congress}, nhiệm kỳ ${years}` : `Nhiệm kỳ ${years}`;
}

export const targetInput = z.object({
  indicator: z.string().regex(/^[a-z0-9_]{1,64}$/),
  kind: z.enum(TARGET_KINDS),
  year: z.number().int().nullish().transform((v) => v ?? null),
  min: z.number().finite(),
  max: z.number().finite().nullish().transform((v) => v ?? null),
  qualifier: z.enum(TARGET_QUALIFIERS).default("EXACT"),
  sourceId: z.number().int().positive().nullish().transform((v) => v ?? null),
  note: optionalText,
}).strict();
export type TargetInput = z.output<typeof targetInput>;

export interface IndicatorFacts {
  code: string;
  name: string;
  kind: IndicatorKind;
  unit: Unit;
}

/** The rules of DESIGN.md's target kinds, for one target of a term. */
export function checkTarget(t: TargetInput, ind: IndicatorFacts, term: { startYear: number; endYear: number }): FieldError[] {
  const out: FieldError[] = [];
  if (t.kind === "TERM_TOTAL" && ind.kind !== "FLOW") out.push(err("kind", "TOTAL_NEEDS_FLOW", { name: ind.name }));
  if (t.kind === "END_LEVEL" && !["STOCK", "SHARE", "AVERAGE"].includes(ind.kind)) out.push(err("kind", "END_LEVEL_NEEDS_LEVEL", { name: ind.name }));
  const ends: ["min" | "max", number][] = t.max === null ? [["min", t.min]] : [["min", t.min], ["max", t.max]];
  for (const [field, v] of ends) {
    // Target.min/max are numeric(20,4) like report values: the same limits, the same words.
    const bound = boundProblem(v);
    if (bound) { out.push(err(field, bound, { name: ind.name })); continue; }
    if (t.kind === "GROWTH") { if (v <= 0) out.push(err(field, "GROWTH_POSITIVE")); continue; }
    if (v < 0) out.push(err(field, "NEGATIVE"));
    else if (ind.unit === "PERCENT" && v > 100) out.push(err(field, "PERCENT_RANGE"));
    else if ((ind.unit === "COUNT" || ind.unit === "PERSONS") && !Number.isInteger(v)) out.push(err(field, "NOT_WHOLE"));
  }
  if (t.max !== null && t.max < t.min) out.push(err("max", "MAX_BELOW_MIN"));
  if (t.year !== null) {
    const years = termYears(term);
    if (t.kind !== "ANNUAL") out.push(err("year", "YEAR_ONLY_ANNUAL"));
    else if (!years.includes(t.year)) out.push(err("year", "YEAR_OUTSIDE_TERM", { from: years[0], to: years[years.length - 1] }));
  }
  return out;
}

export function shapeErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => err(String(i.path[0] ?? "body"), "MALFORMED"));
}

// Forms: text as typed → the input above, with a message for what cannot be read.
function readNumber(raw: string | undefined, field: string, locale: Locale, problems: FieldError[], required: boolean): number | null {
  const r = parseNumber(raw ?? "", locale);
  if (r.ok) return r.value;
  if (r.error === "invalid") problems.push(err(field, "NOT_NUMBER"));
  else if (required) problems.push(err(field, "REQUIRED"));
  return null;
}

function readYear(raw: string | undefined, field: string, problems: FieldError[], required: boolean): number | null {
  const s = (raw ?? "").trim();
  if (!s) { if (required) problems.push(err(field, "REQUIRED")); return null; }
  if (!/^\d{4}$/.test(s)) { problems.push(err(field, "NOT_YEAR", { min: TERM_YEARS.min, max: TERM_YEARS.max })); return null; }
  return Number(s);
}

export type FormValues = Record<string, string>;

export function termFromForm(v: FormValues): { input: Record<string, unknown>; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const startYear = readYear(v.startYear, "startYear", problems, true);
  const endYear = readYear(v.endYear, "endYear", problems, true);
  return { input: { congress: v.congress ?? null, startYear: startYear ?? 0, endYear: endYear ?? 0, label: v.label ?? "", note: v.note ?? null }, problems };
}

export function targetFromForm(v: FormValues, locale: Locale): { input: Record<string, unknown>; problems: FieldError[] } {
  const problems: FieldError[] = [];
  if (!v.indicator) problems.push(err("indicator", "REQUIRED"));
  if (!v.kind) problems.push(err("kind", "REQUIRED"));
  const input = {
    indicator: v.indicator ?? "",
    kind: v.kind ?? "",
    year: v.kind === "ANNUAL" ? readYear(v.year, "year", problems, false) : null,
    min: readNumber(v.min, "min", locale, problems, true) ?? 0,
    max: readNumber(v.max, "max", locale, problems, false),
    qualifier: v.qualifier || "EXACT",
    sourceId: v.sourceId ? Number(v.sourceId) : null,
    note: v.note ?? null,
  };
  return { input, problems };
}
