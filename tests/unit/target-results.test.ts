import { describe, expect, it } from "vitest";
import type { FigureValue, YearReport } from "../../lib/queries/shapes";
import { resultsForTarget } from "../../lib/queries/target-results";

const value = (code: string, year: number, v: number, extra: Partial<FigureValue> = {}): FigureValue => ({
  indicator: { code, nameVi: code, nameEn: code, unit: "COUNT", kind: "FLOW", groupKey: "units", sortOrder: 0 },
  year,
  fromYear: year,
  dimension: "",
  qualifier: "EXACT",
  value: v,
  high: null,
  derived: false,
  estimate: false,
  ambiguous: false,
  includesCreditFunds: null,
  note: null,
  quote: null,
  source: null,
  ...extra,
});
const reports = (values: FigureValue[]): YearReport[] =>
  [...new Set(values.map((v) => v.year))].map((year) => ({ year, approvedOn: null, values: values.filter((v) => v.year === year) }));

const term = { startYear: 2013, endYear: 2018 };

describe("resultsForTarget", () => {
  it("takes the cumulative value over the whole term for a term total", () => {
    const r = reports([value("coops_new", 2018, 208, { fromYear: 2013 }), value("coops_new", 2018, 40)]);
    const res = resultsForTarget({ kind: "TERM_TOTAL", year: null, indicatorCode: "coops_new" }, term, r);
    expect(res.basis).toBe("TERM_TOTAL");
    expect(res.values.map((v) => v.value)).toEqual([208]);
  });
  it("lists the yearly flows when no cumulative value exists, ignoring breakdowns and other years", () => {
    const r = reports([
      value("coops_new", 2014, 20),
      value("coops_new", 2015, 25),
      value("coops_new", 2015, 5, { dimension: "district:Đại Từ" }),
      value("coops_new", 2019, 30),
    ]);
    const res = resultsForTarget({ kind: "TERM_TOTAL", year: null, indicatorCode: "coops_new" }, term, r);
    expect(res.basis).toBe("YEARLY_FLOWS");
    expect(res.values.map((v) => v.year)).toEqual([2014, 2015]);
  });
  it("reads one year for an annual target set for a year", () => {
    const r = reports([value("coops_new", 2014, 20), value("coops_new", 2015, 25)]);
    const res = resultsForTarget({ kind: "ANNUAL", year: 2015, indicatorCode: "coops_new" }, term, r);
    expect(res.values.map((v) => v.value)).toEqual([25]);
  });
  it("reads the end year for a level, preferring the year's own value", () => {
    const r = reports([value("pct", 2018, 20, { fromYear: 2013 }), value("pct", 2018, 26), value("pct", 2017, 24)]);
    const res = resultsForTarget({ kind: "END_LEVEL", year: null, indicatorCode: "pct" }, term, r);
    expect(res).toEqual({ basis: "END_VALUE", values: [expect.objectContaining({ value: 26 })] });
    expect(resultsForTarget({ kind: "END_LEVEL", year: null, indicatorCode: "other" }, term, r).values).toEqual([]);
  });
});
