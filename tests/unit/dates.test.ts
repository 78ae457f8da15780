import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/domain/dates";

describe("formatDate", () => {
  it("formats a UTC calendar date", () => {
    const d = new Date(Date.UTC(2019, 0, 9));
    expect(formatDate(d, "vi")).toBe("09/01/2019");
    expect(formatDate(d, "en")).toBe("9 Jan 2019");
  });

  it("accepts YYYY-MM-DD strings", () => {
    expect(formatDate("2019-01-09", "vi")).toBe("09/01/2019");
    expect(formatDate("2019-01-09", "en")).toBe("9 Jan 2019");
    expect(formatDate("2023-09-30", "en")).toBe("30 Sep 2023");
    expect(formatDate("2020-12-31", "vi")).toBe("31/12/2020");
  });

  it("reads the UTC day, not the local one", () => {
    // Late UTC evening is already the next day in Vietnam (UTC+7).
    expect(formatDate(new Date("2019-01-09T23:30:00Z"), "vi")).toBe("09/01/2019");
    expect(formatDate("2019-01-09T00:00:00.000Z", "en")).toBe("9 Jan 2019");
  });

  it("rejects invalid dates", () => {
    expect(() => formatDate("2019-02-30", "vi")).toThrow(RangeError);
    expect(() => formatDate("not a date", "en")).toThrow(RangeError);
    expect(() => formatDate(new Date(NaN), "en")).toThrow(RangeError);
  });
});
