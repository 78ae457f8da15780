// One schema for a yearly report's values, shared by the form and the JSON API, and the rules between values.
// Numbers arrive as numbers: the form parses "1.342" and "4,67" with lib/domain/numbers before it sends them.
import { z } from "zod";
import { boundProblem, type BoundProblem } from "@/lib/domain/decimal-bounds";
import type { FieldError, MessageParam } from "./field-errors";

const QUALIFIERS = ["EXACT", "AT_LEAST", "APPROX", "NEARLY", "RANGE"] as const;
export const indicatorCode = z.string().regex(/^[a-z0-9_]{1,64}$/);

const qualified = z.object({
  value: z.number().finite(),
  qualifier: z.enum(QUALIFIERS).default("EXACT"),
  high: z.number().finite().nullish(),
}).strict();

export const valueInput = z.union([z.number().finite(), qualified]).transform((v) =>
  typeof v === "number" ? { value: v, qualifier: "EXACT" as const, high: null } : { ...v, high: v.high ?? null },
);
export type ValueInput = z.output<typeof valueInput>;

export const reportValuesInput = z.record(indicatorCode, valueInput);

export const saveDraftBody = z.object({
  /** The version the values were based on; 0 to create the report. */
  version: z.number().int().min(0),
  values: reportValuesInput,
}).strict();
export type SaveDraftBody = z.output<typeof saveDraftBody>;

export interface CatalogueEntry {
  code: string;
  unit: string;
  kind: string;
  partOfCode: string | null;
}

export interface FieldProblem {
  field: string;
  code: BoundProblem | "UNKNOWN_INDICATOR" | "NOT_WHOLE" | "NEGATIVE" | "PERCENT_RANGE" | "RANGE_NEEDS_HIGH" | "HIGH_BELOW_LOW" | "HIGH_WITHOUT_RANGE" | "EXCEEDS_TOTAL";
  /** For EXCEEDS_TOTAL: the indicator it cannot exceed. */
  other?: string;
}

// A new count is part of the year-end total it adds to; a part of a part likewise (catalogue's partOfCode).
const NEW_WITHIN_TOTAL: [string, string][] = [["coops_new", "coops_total"], ["groups_new", "groups_total"], ["unions_new", "unions_total"]];
const MAY_BE_NEGATIVE = new Set(["avg_profit_per_coop"]);

export function checkReportValues(values: Record<string, ValueInput>, catalogue: CatalogueEntry[]): FieldProblem[] {
  const byCode = new Map(catalogue.map((c) => [c.code, c]));
  const problems: FieldProblem[] = [];
  for (const [code, v] of Object.entries(values)) {
    const entry = byCode.get(code);
    if (!entry) { problems.push({ field: code, code: "UNKNOWN_INDICATOR" }); continue; }
    const ends = v.high === null ? [v.value] : [v.value, v.high];
    // What the column cannot hold is refused first: the other rules mean little for 1e300.
    const bound = ends.map(boundProblem).find((b) => b !== null);
    if (bound) { problems.push({ field: code, code: bound }); continue; }
    if (v.qualifier === "RANGE" && v.high === null) problems.push({ field: code, code: "RANGE_NEEDS_HIGH" });
    else if (v.qualifier !== "RANGE" && v.high !== null) problems.push({ field: code, code: "HIGH_WITHOUT_RANGE" });
    else if (v.high !== null && v.high < v.value) problems.push({ field: code, code: "HIGH_BELOW_LOW" });
    if ((entry.unit === "COUNT" || entry.unit === "PERSONS") && ends.some((n) => !Number.isInteger(n))) problems.push({ field: code, code: "NOT_WHOLE" });
    if (entry.unit === "PERCENT" && ends.some((n) => n < 0 || n > 100)) problems.push({ field: code, code: "PERCENT_RANGE" });
    else if (!MAY_BE_NEGATIVE.has(code) && ends.some((n) => n < 0)) problems.push({ field: code, code: "NEGATIVE" });
  }
  const pairs = [...NEW_WITHIN_TOTAL, ...catalogue.filter((c) => c.partOfCode).map((c) => [c.code, c.partOfCode!] as [string, string])];
  for (const [part, whole] of pairs) {
    const p = values[part];
    const w = values[whole];
    // The part's smallest possible value must not exceed the whole's largest ("trên 200" has no largest).
    const wHigh = w && (w.qualifier === "AT_LEAST" ? Infinity : (w.high ?? w.value));
    if (p && w && p.value > wHigh!) problems.push({ field: part, code: "EXCEEDS_TOTAL", other: whole });
  }
  return problems;
}

export interface OutlierWarning {
  field: string;
  previous: number;
  value: number;
}

/** Values far from last year's: worth a second look, never a reason to refuse. */
export function outlierWarnings(values: Record<string, ValueInput>, lastYear: Record<string, number>, catalogue: CatalogueEntry[]): OutlierWarning[] {
  const units = new Map(catalogue.map((c) => [c.code, c.unit]));
  const out: OutlierWarning[] = [];
  for (const [code, v] of Object.entries(values)) {
    const prev = lastYear[code];
    if (prev === undefined) continue;
    const change = Math.abs(v.value - prev);
    const far = units.get(code) === "PERCENT" ? change > 30 : change >= 10 && change > Math.abs(prev) * 0.5;
    if (far) out.push({ field: code, previous: prev, value: v.value });
  }
  return out;
}

/** A rule's problem as a field error: its words name the indicators (`nameOf` gives a name in one or both languages). */
export function reportFieldError(p: FieldProblem, nameOf: (code: string) => MessageParam): FieldError {
  return { field: p.field, code: p.code, key: `report.${p.code}`, params: { name: nameOf(p.field), ...(p.other ? { other: nameOf(p.other) } : {}) } };
}
