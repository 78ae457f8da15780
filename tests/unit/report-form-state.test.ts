import { describe, expect, it } from "vitest";
import { groupCatalogue, readForm, sameState, stateFromValues, type FormIndicator, type FormState } from "@/lib/report-form/form-state";
import { yearsToCreate } from "@/lib/report-form/years";

const catalogue: FormIndicator[] = [
  { code: "coops_total", name: "HTX đang hoạt động", unit: "COUNT", kind: "STOCK", partOfCode: null, groupKey: "units" },
  { code: "coops_new", name: "HTX thành lập mới", unit: "COUNT", kind: "FLOW", partOfCode: null, groupKey: "units" },
  { code: "members_workers", name: "Thành viên và người lao động", unit: "PERSONS", kind: "STOCK", partOfCode: null, groupKey: "people" },
  { code: "avg_income_worker", name: "Thu nhập bình quân", unit: "MILLION_VND_PER_PERSON_MONTH", kind: "AVERAGE", partOfCode: null, groupKey: "finance" },
  { code: "coops_effective_pct", name: "HTX hiệu quả", unit: "PERCENT", kind: "SHARE", partOfCode: null, groupKey: "quality" },
];
const f = (text: string, qualifier: FormState[string]["qualifier"] = "EXACT", high = "") => ({ text, qualifier, high });
const issueCodes = (state: FormState, locale: "vi" | "en" = "vi") =>
  Object.entries(readForm(state, catalogue, locale).issues).flatMap(([code, list]) => list.map((i) => `${code}:${i.kind === "parse" ? i.issue : i.problem.code}`));

describe("the report form's state", () => {
  it("reads Vietnamese numbers, qualifiers and ranges into values, leaving empty fields out", () => {
    const { values, issues } = readForm(
      { coops_total: f("1.342"), coops_new: f(""), members_workers: f("200.000", "AT_LEAST"), avg_income_worker: f("2", "RANGE", "4,5") },
      catalogue, "vi",
    );
    expect(issues).toEqual({});
    expect(values).toEqual({
      coops_total: { value: 1342, qualifier: "EXACT", high: null },
      members_workers: { value: 200000, qualifier: "AT_LEAST", high: null },
      avg_income_worker: { value: 2, qualifier: "RANGE", high: 4.5 },
    });
  });

  it("reads English numbers in the English form", () => {
    expect(readForm({ coops_total: f("1,342"), avg_income_worker: f("4.67") }, catalogue, "en").values).toEqual({
      coops_total: { value: 1342, qualifier: "EXACT", high: null },
      avg_income_worker: { value: 4.67, qualifier: "EXACT", high: null },
    });
    // "4,67" is not an English number (a misplaced thousands comma): refused, not read as 467.
    expect(issueCodes({ avg_income_worker: f("4,67") }, "en")).toEqual(["avg_income_worker:invalid"]);
  });

  it("names what cannot be read, and ignores a high end typed before switching away from a range", () => {
    expect(issueCodes({ coops_total: f("1.34"), avg_income_worker: f("2", "RANGE", "4.5,1"), coops_new: f(" ", "RANGE", "5") })).toEqual([
      "coops_total:invalid", "coops_new:missingLow", "avg_income_worker:invalidHigh",
    ]);
    expect(readForm({ coops_total: f("10", "APPROX", "99") }, catalogue, "vi").values.coops_total).toEqual({ value: 10, qualifier: "APPROX", high: null });
  });

  it("applies the server's rules (checkReportValues) to what it could read", () => {
    expect(issueCodes({ coops_total: f("100"), coops_new: f("120"), coops_effective_pct: f("120"), members_workers: f("10,5") })).toEqual([
      "members_workers:NOT_WHOLE", "coops_effective_pct:PERCENT_RANGE", "coops_new:EXCEEDS_TOTAL",
    ]);
    expect(issueCodes({ avg_income_worker: f("2", "RANGE") })).toEqual(["avg_income_worker:RANGE_NEEDS_HIGH"]);
    // "trên 100" has no upper end: 120 new HTX do not contradict it.
    expect(issueCodes({ coops_total: f("100", "AT_LEAST"), coops_new: f("120") })).toEqual([]);
  });

  it("writes values back as the user would type them, and reads them back unchanged", () => {
    const values = { coops_total: { value: 1342, qualifier: "EXACT" as const, high: null }, avg_income_worker: { value: 2.125, qualifier: "RANGE" as const, high: 4.67 } };
    const state = stateFromValues(values, "vi");
    expect(state).toEqual({ coops_total: f("1.342"), avg_income_worker: f("2,125", "RANGE", "4,67") });
    expect(readForm(state, catalogue, "vi").values).toEqual(values);
    expect(stateFromValues(values, "en").coops_total.text).toBe("1,342");
  });

  it("compares states by what they say", () => {
    expect(sameState({ coops_total: f(" 12 ") }, { coops_total: f("12") })).toBe(true);
    expect(sameState({ coops_total: f("", "APPROX") }, {})).toBe(true);
    expect(sameState({ coops_total: f("12", "EXACT", "50") }, { coops_total: f("12") })).toBe(true);
    expect(sameState({ coops_total: f("12", "APPROX") }, { coops_total: f("12") })).toBe(false);
    expect(sameState({ coops_total: f("12") }, { coops_new: f("12") })).toBe(false);
  });

  it("groups the catalogue in its own order", () => {
    expect(groupCatalogue(catalogue).map((g) => [g.key, g.items.length])).toEqual([["units", 2], ["people", 1], ["finance", 1], ["quality", 1]]);
  });
});

describe("the years a report index offers to create", () => {
  const open = () => true;
  const range = { min: 2010, max: 2021 };
  it("the year after the latest report first, then the later ones, the gaps between reports and the earlier years", () => {
    expect(yearsToCreate([2013, 2016, 2018], range, open)).toEqual({ next: 2019, later: [2020, 2021], gaps: [2014, 2015, 2017], earlier: [2012, 2011, 2010] });
    expect(yearsToCreate([2024, 2026], { min: 2024, max: 2026 }, open)).toEqual({ next: null, later: [], gaps: [2025], earlier: [] });
  });
  it("with no report yet, last year first, then this year, then every earlier year of the range", () => {
    expect(yearsToCreate([], { min: 2022, max: 2026 }, open)).toEqual({ next: 2025, later: [2026], gaps: [], earlier: [2024, 2023, 2022] });
  });
  it("none after a province merged away, and none outside the range", () => {
    expect(yearsToCreate([2023], { min: 2020, max: 2026 }, (y) => y < 2025)).toEqual({ next: 2024, later: [], gaps: [], earlier: [2022, 2021, 2020] });
    expect(yearsToCreate([2009, 2012], range, open).earlier).toEqual([]);
  });
});
