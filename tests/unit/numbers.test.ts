import { describe, expect, it } from "vitest";
import { formatNumber, parseNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";

describe("formatNumber", () => {
  it("formats Vietnamese style", () => {
    expect(formatNumber(7250, "vi")).toBe("7.250");
    expect(formatNumber(4.67, "vi")).toBe("4,67");
    expect(formatNumber(1342, "vi")).toBe("1.342");
    expect(formatNumber(200000, "vi")).toBe("200.000");
    expect(formatNumber(1234567.5, "vi")).toBe("1.234.567,5");
  });

  it("formats English style", () => {
    expect(formatNumber(7250, "en")).toBe("7,250");
    expect(formatNumber(4.67, "en")).toBe("4.67");
    expect(formatNumber(1342, "en")).toBe("1,342");
    expect(formatNumber(200000, "en")).toBe("200,000");
  });

  it("defaults to 2 fraction digits without trailing zeros", () => {
    expect(formatNumber(2.5, "vi")).toBe("2,5");
    expect(formatNumber(3, "en")).toBe("3");
    expect(formatNumber(1.239, "en")).toBe("1.24");
    expect(formatNumber(1.2345, "vi", { maxFractionDigits: 3 })).toBe("1,235");
    expect(formatNumber(1.6, "vi", { maxFractionDigits: 0 })).toBe("2");
  });

  it("uses an ASCII minus and never shows -0", () => {
    expect(formatNumber(-3.5, "vi")).toBe("-3,5");
    expect(formatNumber(-1342, "en")).toBe("-1,342");
    expect(formatNumber(-0.001, "vi")).toBe("0");
    expect(formatNumber(-0, "en")).toBe("0");
  });

  it("shows a dash for non-finite values", () => {
    expect(formatNumber(NaN, "vi")).toBe("—");
    expect(formatNumber(Infinity, "en")).toBe("—");
  });
});

const ok = (value: number) => ({ ok: true, value });
const invalid = { ok: false, error: "invalid" };

describe("parseNumber (vi)", () => {
  it.each([
    ["1.342", 1342],
    ["4,67", 4.67],
    ["1.342,5", 1342.5],
    ["7250", 7250],
    [" 200 000 ", 200000],
    ["200\u00a0000", 200000],
    ["1\u202f342,5", 1342.5],
    ["-3", -3],
    ["1.342.567", 1342567],
    ["0,5", 0.5],
    [",5", 0.5],
    ["-0", 0],
    ["4.670", 4670],
  ])("%j → %d", (text, value) => {
    expect(parseNumber(text, "vi")).toEqual(ok(value));
  });

  it.each(["1.34", "12.3456", "0.123", "1.342,5,6", "1,2,3", "12a", "abc", "1e5", "Infinity", "NaN", "5,", "-", ",", "1.342 567", "- 3", "+3", "1..342"])(
    "rejects %j",
    (text) => {
      expect(parseNumber(text, "vi")).toEqual(invalid);
    },
  );

  it("reports empty input", () => {
    expect(parseNumber("", "vi")).toEqual({ ok: false, error: "empty" });
    expect(parseNumber("  \u00a0 ", "vi")).toEqual({ ok: false, error: "empty" });
  });
});

describe("parseNumber (en)", () => {
  it.each([
    ["1,342", 1342],
    ["4.67", 4.67],
    ["1,342.5", 1342.5],
    ["7250", 7250],
    ["200 000", 200000],
    ["1,342,567", 1342567],
    [".5", 0.5],
    ["-3", -3],
  ])("%j → %d", (text, value) => {
    expect(parseNumber(text, "en")).toEqual(ok(value));
  });

  it.each(["1,34", "4.6.7", "1.342,5", "1e5", "Infinity", "12,3456", "x1"])("rejects %j", (text) => {
    expect(parseNumber(text, "en")).toEqual(invalid);
  });

  it("reports empty input", () => {
    expect(parseNumber("", "en")).toEqual({ ok: false, error: "empty" });
  });
});

describe("format → parse round trip", () => {
  const values = [
    0, 1, 7, 12, 99, 100, 999, 1000, 1001, 1342, 7250, 9999, 10000, 12345, 200000, 999999, 1000000,
    1342567, 123456789, 0.5, 0.01, 0.99, 1.5, 4.67, 12.3, 999.99, 1000.01, 1342.5, 2.4, 32.75,
    -1, -3, -0.5, -4.67, -1342, -200000, -1342567.89,
  ];
  for (const locale of ["vi", "en"] as Locale[]) {
    it(`returns the original number (${locale})`, () => {
      for (const value of values) {
        expect(parseNumber(formatNumber(value, locale), locale)).toEqual(ok(value));
      }
    });
  }
});
