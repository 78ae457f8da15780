import { describe, expect, it } from "vitest";
import { checkReportValues, outlierWarnings, saveDraftBody, type CatalogueEntry } from "@/lib/validation/report-values";

const catalogue: CatalogueEntry[] = [
  { code: "coops_total", unit: "COUNT", kind: "STOCK", partOfCode: null },
  { code: "coops_new", unit: "COUNT", kind: "FLOW", partOfCode: null },
  { code: "coops_new_agri", unit: "COUNT", kind: "FLOW", partOfCode: "coops_new" },
  { code: "coops_effective_pct", unit: "PERCENT", kind: "SHARE", partOfCode: null },
  { code: "avg_income_worker", unit: "MILLION_VND_PER_PERSON_MONTH", kind: "AVERAGE", partOfCode: null },
  { code: "avg_profit_per_coop", unit: "MILLION_VND", kind: "AVERAGE", partOfCode: null },
];
const parse = (values: unknown) => saveDraftBody.parse({ version: 1, values }).values;
const codes = (values: unknown) => checkReportValues(parse(values), catalogue).map((p) => `${p.field}:${p.code}`);

describe("the report's values", () => {
  it("accept plain numbers and qualified ones", () => {
    expect(parse({ coops_new: 31, avg_income_worker: { value: 2, high: 4.5, qualifier: "RANGE" } })).toEqual({
      coops_new: { value: 31, qualifier: "EXACT", high: null },
      avg_income_worker: { value: 2, qualifier: "RANGE", high: 4.5 },
    });
    expect(codes({ coops_total: 525, coops_new: 63, coops_new_agri: 40, coops_effective_pct: 80, avg_income_worker: 4.67 })).toEqual([]);
  });
  it("refuse strings, unknown qualifiers and bad codes at parse time", () => {
    expect(saveDraftBody.safeParse({ version: 1, values: { coops_new: "31" } }).success).toBe(false);
    expect(saveDraftBody.safeParse({ version: 1, values: { coops_new: { value: 1, qualifier: "MAYBE" } } }).success).toBe(false);
    expect(saveDraftBody.safeParse({ version: 1, values: { "Coops New": 1 } }).success).toBe(false);
    expect(saveDraftBody.safeParse({ version: -1, values: {} }).success).toBe(false);
    expect(saveDraftBody.safeParse({ version: 1, values: {}, provinceId: 3 }).success).toBe(false);
  });
  it("a new count cannot exceed the total it belongs to", () => {
    expect(codes({ coops_total: 50, coops_new: 63 })).toEqual(["coops_new:EXCEEDS_TOTAL"]);
    expect(codes({ coops_total: { value: 50, qualifier: "AT_LEAST" }, coops_new: 63 })).toEqual([]);
  });
  it("new agricultural HTX cannot exceed new HTX", () => {
    expect(codes({ coops_new: 30, coops_new_agri: 31 })).toEqual(["coops_new_agri:EXCEEDS_TOTAL"]);
  });
  it("counts are whole and not negative; shares lie in 0–100", () => {
    expect(codes({ coops_new: 3.5 })).toEqual(["coops_new:NOT_WHOLE"]);
    expect(codes({ coops_new: -1 })).toEqual(["coops_new:NEGATIVE"]);
    expect(codes({ coops_effective_pct: 101 })).toEqual(["coops_effective_pct:PERCENT_RANGE"]);
    expect(codes({ avg_profit_per_coop: -12 })).toEqual([]);
    expect(codes({ avg_income_worker: -1 })).toEqual(["avg_income_worker:NEGATIVE"]);
  });
  it("a range needs both ends in order; other qualifiers have no high end", () => {
    expect(codes({ avg_income_worker: { value: 2, qualifier: "RANGE" } })).toEqual(["avg_income_worker:RANGE_NEEDS_HIGH"]);
    expect(codes({ avg_income_worker: { value: 5, high: 2, qualifier: "RANGE" } })).toEqual(["avg_income_worker:HIGH_BELOW_LOW"]);
    expect(codes({ avg_income_worker: { value: 5, high: 6, qualifier: "EXACT" } })).toEqual(["avg_income_worker:HIGH_WITHOUT_RANGE"]);
  });
  it("names an indicator the catalogue does not have", () => {
    expect(codes({ coops_typo: 1 })).toEqual(["coops_typo:UNKNOWN_INDICATOR"]);
  });
});

describe("outlier warnings", () => {
  it("flag a value far from last year's, and never a small change", () => {
    const values = parse({ coops_total: 900, coops_new: 33, coops_effective_pct: 85 });
    const last = { coops_total: { value: 470, year: 2021 }, coops_new: { value: 30, year: 2023 }, coops_effective_pct: { value: 80, year: 2023 } };
    // Each compared with its own last reported year, which the warning names.
    expect(outlierWarnings(values, last, catalogue)).toEqual([{ field: "coops_total", previous: 470, year: 2021, value: 900 }]);
    expect(outlierWarnings(parse({ coops_effective_pct: 20 }), last, catalogue)).toHaveLength(1);
  });
});
