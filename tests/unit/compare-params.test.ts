import { describe, expect, it } from "vitest";
import { parseCompareParams, periodParam, pickCode, pickPeriod, pickYear } from "@/app/[locale]/(public)/so-sanh/params";

describe("the comparison page's address", () => {
  it("reads a good address", () => {
    expect(parseCompareParams({ "chi-tieu": "coops_new", nam: "2018", "ranh-gioi": "thoi-diem" })).toEqual({ code: "coops_new", year: 2018, from: null, boundary: "thoi-diem" });
    expect(parseCompareParams({ "chi-tieu": "awards", nam: "2013-2018" })).toMatchObject({ year: 2018, from: 2013 });
  });
  it("falls back to defaults on bad or missing values", () => {
    expect(parseCompareParams({ "chi-tieu": "<script>", nam: "năm ngoái", "ranh-gioi": "both" })).toEqual({ code: null, year: null, from: null, boundary: "hien-nay" });
    expect(parseCompareParams({})).toEqual({ code: null, year: null, from: null, boundary: "hien-nay" });
    expect(parseCompareParams({ nam: ["2024", "2018"] }).year).toBe(2024);
    expect(parseCompareParams({ nam: "20240" }).year).toBeNull();
    expect(parseCompareParams({ nam: "2018-2013" }).year).toBeNull();
  });
  it("picks an offered indicator and a year that has figures", () => {
    const offered = [{ code: "coops_new" }, { code: "coops_total" }];
    expect(pickCode("coops_new", offered)).toBe("coops_new");
    expect(pickCode("no_such", offered)).toBe("coops_total");
    expect(pickCode(null, [])).toBeNull();
    expect(pickYear(2018, [2024, 2018])).toBe(2018);
    expect(pickYear(2019, [2024, 2018])).toBe(2024);
    expect(pickYear(null, [])).toBeNull();
  });

  it("shows the year asked for, or none (never another year in its place); the latest when none was asked for", () => {
    const offered = [{ from: 2024, to: 2024 }, { from: 2018, to: 2018 }, { from: 2013, to: 2018 }];
    expect(pickPeriod({ year: 2018, from: null }, offered)).toEqual({ period: { from: 2018, to: 2018 }, missing: null });
    expect(pickPeriod({ year: 2016, from: null }, offered)).toEqual({ period: null, missing: { from: 2016, to: 2016 } });
    expect(pickPeriod({ year: 2018, from: 2013 }, offered).period).toEqual({ from: 2013, to: 2018 });
    expect(pickPeriod({ year: null, from: null }, offered).period).toEqual({ from: 2024, to: 2024 });
    expect(periodParam({ from: 2013, to: 2018 })).toBe("2013-2018");
  });
});
