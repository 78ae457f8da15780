import { describe, expect, it } from "vitest";
import { errorWords } from "@/lib/i18n/errors";
import { boundProblem, decimalPlaces, FIGURE_LIMIT } from "@/lib/domain/decimal-bounds";
import { checkReportValues, reportFieldError } from "@/lib/validation/report-values";
import { checkTarget } from "@/lib/validation/target";

describe("the limits of a numeric(20,4) figure", () => {
  it("derives the magnitude from the column type", () => expect(FIGURE_LIMIT).toBe(1e16));
  it.each([
    [0, null], [4.67, null], [1342, null], [-12.5, null], [0.0001, null], [9999999999999998, null], [-9999999999999998, null],
    [1e16, "TOO_LARGE"], [-1e16, "TOO_LARGE"], [1e300, "TOO_LARGE"], [Number.NaN, "TOO_LARGE"], [Infinity, "TOO_LARGE"],
    [0.00001, "TOO_PRECISE"], [1.23456, "TOO_PRECISE"], [1e-7, "TOO_PRECISE"], [0.1 + 0.2, "TOO_PRECISE"],
  ] as const)("%s → %s", (n, expected) => expect(boundProblem(n)).toBe(expected));
  it("counts decimal places of exponent forms", () => {
    expect(decimalPlaces(1.5e-7)).toBe(8);
    expect(decimalPlaces(1e21)).toBe(0);
    expect(decimalPlaces(12.25)).toBe(2);
  });
});

const catalogue = [
  { code: "coops_total", unit: "COUNT", kind: "STOCK", partOfCode: null },
  { code: "revenue_total", unit: "BILLION_VND", kind: "FLOW", partOfCode: null },
  { code: "share_good", unit: "PERCENT", kind: "SHARE", partOfCode: null },
];
const v = (value: number, high: number | null = null) => ({ value, qualifier: high === null ? ("EXACT" as const) : ("RANGE" as const), high });

describe("report values: the bounds beside the indicator's own rules", () => {
  it("refuses a value the column cannot hold, naming the field, in both languages", () => {
    const problems = checkReportValues({ revenue_total: v(1e16), coops_total: v(3), share_good: v(2.123456) }, catalogue);
    expect(problems).toEqual([{ field: "revenue_total", code: "TOO_LARGE" }, { field: "share_good", code: "TOO_PRECISE" }]);
    const name = (c: string) => ({ revenue_total: "Doanh thu", share_good: "Tỷ lệ HTX tốt" })[c] ?? c;
    const words = (p: (typeof problems)[number], locale: "vi" | "en") => errorWords(locale).field(reportFieldError(p, name));
    expect(words(problems[0], "vi")).toMatch(/^“Doanh thu” vượt quá giới hạn/);
    expect(words(problems[1], "vi")).toBe("“Tỷ lệ HTX tốt” chỉ được có tối đa 4 chữ số thập phân.");
    expect(words(problems[1], "en")).toBe("\"Tỷ lệ HTX tốt\" may have at most 4 decimal places.");
  });
  it("checks the high end of a range too, and keeps the indicator rules", () => {
    expect(checkReportValues({ revenue_total: v(1, 2e16) }, catalogue)).toEqual([{ field: "revenue_total", code: "TOO_LARGE" }]);
    expect(checkReportValues({ coops_total: v(-1), share_good: v(101) }, catalogue)).toEqual([
      { field: "coops_total", code: "NEGATIVE" }, { field: "share_good", code: "PERCENT_RANGE" },
    ]);
    expect(checkReportValues({ revenue_total: v(9999999999999.9999) }, catalogue)).toEqual([]);
  });
});

describe("targets: the same bounds", () => {
  const ind = { code: "revenue_total", name: "Doanh thu", kind: "FLOW" as const, unit: "BILLION_VND" as const };
  const term = { startYear: 2020, endYear: 2025 };
  const t = (min: number, max: number | null = null) => ({ indicator: "revenue_total", kind: "TERM_TOTAL" as const, year: null, min, max, qualifier: "EXACT" as const, sourceId: null, note: null });
  it("refuses min and max beyond the column, naming the indicator", () => {
    const e = checkTarget(t(1e17, 1.00001), ind, term);
    expect(e.map((x) => [x.field, x.code])).toEqual([["min", "TOO_LARGE"], ["max", "TOO_PRECISE"], ["max", "MAX_BELOW_MIN"]]);
    expect(errorWords("vi").field(e[0])).toMatch(/^“Doanh thu” vượt quá giới hạn/);
    expect(checkTarget(t(100.5, 200), ind, term)).toEqual([]);
  });
});
