import { describe, expect, it } from "vitest";
import { currentReportYear, daysToDeadline, deadlineFor, deadlineState, defaultDeadline, REMINDER_DAYS, vietnamToday } from "@/lib/domain/deadlines";

const utc = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the due day of a year", () => {
  it("is 21 December of the report's year unless one was set", () => {
    expect(defaultDeadline(2025).toISOString()).toBe("2025-12-21T00:00:00.000Z");
    expect(deadlineFor(2025, new Map())).toEqual(day("2025-12-21"));
    expect(deadlineFor(2025, new Map([[2025, day("2026-01-10")], [2024, day("2024-12-15")]]))).toEqual(day("2026-01-10"));
    expect(deadlineFor(2023, new Map([[2024, day("2024-12-15")]]))).toEqual(day("2023-12-21"));
  });
});

describe("days to the deadline, in Vietnam's calendar", () => {
  const due = day("2025-12-21");
  it("counts 0 on the due day and -1 the day after", () => {
    expect(daysToDeadline(due, utc("2025-12-21T10:00:00+07:00"))).toBe(0);
    expect(daysToDeadline(due, utc("2025-12-22T00:00:00+07:00"))).toBe(-1);
    expect(daysToDeadline(due, utc("2025-12-11T09:00:00+07:00"))).toBe(10);
  });
  it("turns the day at midnight in Hà Nội, not at midnight UTC", () => {
    // 16:59 UTC on the 21st is 23:59 in Hà Nội: still the due day. 17:00 UTC is midnight: one day late.
    expect(daysToDeadline(due, utc("2025-12-21T16:59:59Z"))).toBe(0);
    expect(daysToDeadline(due, utc("2025-12-21T17:00:00Z"))).toBe(-1);
    expect(vietnamToday(utc("2025-12-21T17:00:00Z"))).toEqual(day("2025-12-22"));
    // 20 December 23:30 UTC is already the 21st in Hà Nội.
    expect(daysToDeadline(due, utc("2025-12-20T23:30:00Z"))).toBe(0);
  });
});

describe("a report's deadline state", () => {
  const due = day("2025-12-21");
  const at = (iso: string) => utc(`${iso}T12:00:00+07:00`);
  it("is done once submitted or approved, even after the due day", () => {
    expect(deadlineState("SUBMITTED", due, at("2026-02-01"))).toBe("done");
    expect(deadlineState("APPROVED", due, at("2026-02-01"))).toBe("done");
  });
  it("is late after the due day for a draft or no report at all", () => {
    expect(deadlineState("DRAFT", due, at("2025-12-22"))).toBe("late");
    expect(deadlineState(null, due, at("2026-03-01"))).toBe("late");
  });
  it(`is due soon within ${REMINDER_DAYS} days of it, the due day included, else open`, () => {
    expect(deadlineState(null, due, at("2025-12-21"))).toBe("due-soon");
    expect(deadlineState("DRAFT", due, at(`2025-12-${21 - REMINDER_DAYS}`))).toBe("due-soon");
    expect(deadlineState("DRAFT", due, at(`2025-12-${20 - REMINDER_DAYS}`))).toBe("open");
  });
});

describe("the current report year", () => {
  it("is this year's from 1 December in Vietnam, else last year's", () => {
    expect(currentReportYear(utc("2026-11-29T12:00:00Z"))).toBe(2025);
    expect(currentReportYear(utc("2026-11-30T16:59:00Z"))).toBe(2025);
    expect(currentReportYear(utc("2026-11-30T17:00:00Z"))).toBe(2026); // 1 December 00:00 in Hà Nội
    expect(currentReportYear(utc("2026-12-31T18:00:00Z"))).toBe(2026); // 1 January in Hà Nội: last year's season still
    expect(currentReportYear(utc("2027-01-05T00:00:00Z"))).toBe(2026);
  });
});
