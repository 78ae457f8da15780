import { describe, expect, it } from "vitest";
import { formatValue, qualifierWord, unitLabel } from "@/lib/domain/qualifiers";
import type { Qualifier, Unit } from "@/lib/domain/types";

describe("unitLabel", () => {
  const cases: [Unit, string, string][] = [
    ["COUNT", "", ""],
    ["PERSONS", "người", "persons"],
    ["MILLION_VND", "triệu đồng", "million VND"],
    ["BILLION_VND", "tỷ đồng", "billion VND"],
    ["PERCENT", "%", "%"],
    ["MILLION_VND_PER_PERSON_MONTH", "triệu đồng/người/tháng", "million VND/person/month"],
    ["TIMES", "lần", "times"],
  ];
  it.each(cases)("%s", (unit, vi, en) => {
    expect(unitLabel(unit, "vi")).toBe(vi);
    expect(unitLabel(unit, "en")).toBe(en);
  });
});

describe("qualifierWord", () => {
  const cases: [Qualifier, string, string][] = [
    ["EXACT", "chính xác", "exact"],
    ["AT_LEAST", "tối thiểu (trên)", "lower bound (over)"],
    ["APPROX", "xấp xỉ", "approximate"],
    ["NEARLY", "gần", "nearly"],
    ["RANGE", "khoảng từ–đến", "range"],
  ];
  it.each(cases)("%s", (q, vi, en) => {
    expect(qualifierWord(q, "vi")).toBe(vi);
    expect(qualifierWord(q, "en")).toBe(en);
  });
});

describe("formatValue (vi)", () => {
  it("formats each qualifier", () => {
    expect(formatValue({ qualifier: "EXACT", value: 7250 }, "COUNT", "vi")).toBe("7.250");
    expect(formatValue({ qualifier: "AT_LEAST", value: 200000 }, "COUNT", "vi")).toBe("trên 200.000");
    expect(formatValue({ qualifier: "APPROX", value: 120 }, "COUNT", "vi")).toBe("≈ 120");
    expect(formatValue({ qualifier: "NEARLY", value: 40 }, "BILLION_VND", "vi")).toBe("gần 40 tỷ đồng");
    expect(formatValue({ qualifier: "RANGE", value: 2, high: 4.5 }, "MILLION_VND_PER_PERSON_MONTH", "vi")).toBe(
      "2–4,5 triệu đồng/người/tháng",
    );
    expect(formatValue({ qualifier: "RANGE", value: 2, high: 4.5 }, "MILLION_VND", "vi")).toBe("2–4,5 triệu đồng");
  });

  it("attaches percent without a space", () => {
    expect(formatValue({ qualifier: "EXACT", value: 80 }, "PERCENT", "vi")).toBe("80%");
    expect(formatValue({ qualifier: "AT_LEAST", value: 80 }, "PERCENT", "vi")).toBe("trên 80%");
    expect(formatValue({ qualifier: "APPROX", value: 32 }, "PERCENT", "vi")).toBe("≈ 32%");
    expect(formatValue({ qualifier: "RANGE", value: 20, high: 30.5 }, "PERCENT", "vi")).toBe("20–30,5%");
  });

  it("formats times", () => {
    expect(formatValue({ qualifier: "EXACT", value: 2.4 }, "TIMES", "vi")).toBe("2,4 lần");
    expect(formatValue({ qualifier: "RANGE", value: 1.5, high: 2 }, "TIMES", "vi")).toBe("1,5–2 lần");
    expect(formatValue({ qualifier: "EXACT", value: 1342 }, "PERSONS", "vi")).toBe("1.342 người");
  });
});

describe("formatValue (en)", () => {
  it("formats each qualifier", () => {
    expect(formatValue({ qualifier: "EXACT", value: 7250 }, "COUNT", "en")).toBe("7,250");
    expect(formatValue({ qualifier: "AT_LEAST", value: 200000 }, "COUNT", "en")).toBe("over 200,000");
    expect(formatValue({ qualifier: "APPROX", value: 120 }, "COUNT", "en")).toBe("≈ 120");
    expect(formatValue({ qualifier: "NEARLY", value: 40 }, "BILLION_VND", "en")).toBe("nearly 40 billion VND");
    expect(formatValue({ qualifier: "RANGE", value: 2, high: 4.5 }, "MILLION_VND_PER_PERSON_MONTH", "en")).toBe(
      "2–4.5 million VND/person/month",
    );
    expect(formatValue({ qualifier: "EXACT", value: 80 }, "PERCENT", "en")).toBe("80%");
    expect(formatValue({ qualifier: "APPROX", value: 32 }, "PERCENT", "en")).toBe("≈ 32%");
    expect(formatValue({ qualifier: "EXACT", value: 2.4 }, "TIMES", "en")).toBe("2.4 times");
    expect(formatValue({ qualifier: "RANGE", value: 1.5, high: 2 }, "TIMES", "en")).toBe("1.5–2 times");
  });
});

describe("formatValue options and fallbacks", () => {
  it("leaves the unit off when withUnit is false", () => {
    expect(formatValue({ qualifier: "NEARLY", value: 40 }, "BILLION_VND", "vi", { withUnit: false })).toBe("gần 40");
    expect(formatValue({ qualifier: "EXACT", value: 80 }, "PERCENT", "en", { withUnit: false })).toBe("80");
    expect(formatValue({ qualifier: "RANGE", value: 2, high: 4.5 }, "MILLION_VND", "vi", { withUnit: false })).toBe("2–4,5");
    expect(formatValue({ qualifier: "EXACT", value: 80 }, "PERCENT", "en", { withUnit: true })).toBe("80%");
  });

  it("falls back to the low value when a range has no high", () => {
    expect(formatValue({ qualifier: "RANGE", value: 2 }, "MILLION_VND", "vi")).toBe("2 triệu đồng");
    expect(formatValue({ qualifier: "RANGE", value: 2.5, high: null }, "TIMES", "en")).toBe("2.5 times");
  });

  it("ignores high for non-range qualifiers", () => {
    expect(formatValue({ qualifier: "EXACT", value: 5, high: 9 }, "COUNT", "en")).toBe("5");
  });
});
