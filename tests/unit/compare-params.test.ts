import { describe, expect, it } from "vitest";
import { parseCompareParams, pickCode, pickYear } from "../../app/[locale]/(public)/so-sanh/params";

describe("the comparison page's address", () => {
  it("reads a good address", () => {
    expect(parseCompareParams({ "chi-tieu": "coops_new", nam: "2018", "ranh-gioi": "thoi-diem" })).toEqual({ code: "coops_new", year: 2018, boundary: "thoi-diem" });
  });
  it("falls back to defaults on bad or missing values", () => {
    expect(parseCompareParams({ "chi-tieu": "<script>", nam: "năm ngoái", "ranh-gioi": "both" })).toEqual({ code: null, year: null, boundary: "hien-nay" });
    expect(parseCompareParams({})).toEqual({ code: null, year: null, boundary: "hien-nay" });
    expect(parseCompareParams({ nam: ["2024", "2018"] }).year).toBe(2024);
    expect(parseCompareParams({ nam: "20240" }).year).toBeNull();
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
});
