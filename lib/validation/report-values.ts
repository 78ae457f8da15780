// One schema for a yearly report's values, shared by the form and the JSON API, and the rules between values.
// Numbers arrive as numbers: the form parses "1.342" and "4,67" with lib/domain/numbers before it sends them.
import { z } from "zod";
import { boundProblem, type BoundProblem } from "@/lib/domain/decimal-bounds";
import type { FieldError, MessageParam } from "./field-errors";
import { partProblems } from "./report-parts";

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
  /**
   * What the writer started from (the server's values at `version`). With it, only the fields changed from it
   * are written and others' saves since are kept; without it, `values` replaces the report (decision 0041).
   */
  base: reportValuesInput.optional(),
  /** Why a warned value is kept (decision 0039): written for the codes named, "" clears; others keep theirs. */
  explanations: z.record(indicatorCode, z.string().trim().max(2000)).optional(),
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
  code: BoundProblem | "UNKNOWN_INDICATOR" | "NOT_WHOLE" | "NEGATIVE" | "PERCENT_RANGE" | "RANGE_NEEDS_HIGH" | "HIGH_BELOW_LOW" | "HIGH_WITHOUT_RANGE"
    | "EXCEEDS_TOTAL" | "EXCEEDS_TOTAL_AND_EXITS" | "PARTS_EXCEED_TOTAL";
  /** For EXCEEDS_TOTAL and the like: the indicator it cannot exceed. */
  other?: string;
  /** For PARTS_EXCEED_TOTAL: the parts whose sum is too large; for EXCEEDS_TOTAL_AND_EXITS: the closures added to the whole. */
  parts?: string[];
}

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
  return [...problems, ...partProblems(values, catalogue)];
}

export interface OutlierWarning {
  field: string;
  previous: number;
  /** The year `previous` is of: the latest earlier year with a figure, not always the year before. */
  year: number;
  value: number;
}

/** Values far from the last reported year's: worth a second look, never a reason to refuse. */
export function outlierWarnings(values: Record<string, ValueInput>, lastYear: Record<string, { value: number; year: number }>, catalogue: CatalogueEntry[]): OutlierWarning[] {
  const units = new Map(catalogue.map((c) => [c.code, c.unit]));
  const out: OutlierWarning[] = [];
  for (const [code, v] of Object.entries(values)) {
    const last = lastYear[code];
    if (last === undefined) continue;
    const prev = last.value;
    const change = Math.abs(v.value - prev);
    const far = units.get(code) === "PERCENT" ? change > 30 : change >= 10 && change > Math.abs(prev) * 0.5;
    if (far) out.push({ field: code, previous: prev, year: last.year, value: v.value });
  }
  return out;
}

/** A rule's problem as a field error: its words name the indicators (`nameOf` gives a name in one or both languages). */
export function reportFieldError(p: FieldProblem, nameOf: (code: string) => MessageParam): FieldError {
  const parts: Record<string, MessageParam> = p.parts ? { parts: joinNames(p.parts.map(nameOf)) } : {};
  return { field: p.field, code: p.code, key: `report.${p.code}`, params: { name: nameOf(p.field), ...(p.other ? { other: nameOf(p.other) } : {}), ...parts } };
}

// Several names inside one pair of quotes in the message: “A”, “B”.
function joinNames(names: MessageParam[]): MessageParam {
  const pick = (n: MessageParam, l: "vi" | "en") => (typeof n === "object" ? n[l] : String(n));
  return { vi: names.map((n) => pick(n, "vi")).join("”, “"), en: names.map((n) => pick(n, "en")).join('", "') };
}
