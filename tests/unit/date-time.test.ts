import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay } from "@/lib/format/date-time";

describe("formatDateTime", () => {
  it("shows Vietnam's clock, whatever the server's zone", () => {
    const at = new Date("2026-11-22T18:30:00Z");
    expect(formatDateTime(at, "vi")).toBe("23/11/2026 01:30");
    expect(formatDateTime(at, "en")).toBe("23 Nov 2026, 01:30");
    expect(formatDay(at, "vi")).toBe("23/11/2026");
  });
});
