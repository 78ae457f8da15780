// When a year's provincial report is due, and how far a report is from it. Under the Ministry's reporting chain
// the cooperatives report by 15 December, districts by 18 December and provinces by 21 December of the report's
// year: 21 December is the default; an administrator may set another day per year (ReportingDeadline).
// Days are counted in Vietnam's calendar (UTC+7, no daylight saving), so "late" starts at midnight in Hà Nội
// whatever the server's time zone.

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
const DAY_MS = 86_400_000;

/** The default due day of a year's report, as a @db.Date value (UTC midnight). */
export function defaultDeadline(year: number): Date {
  return new Date(Date.UTC(year, 11, 21));
}

/** The due day of `year`: the one set for it, else the default. */
export function deadlineFor(year: number, set: ReadonlyMap<number, Date>): Date {
  return set.get(year) ?? defaultDeadline(year);
}

/** Today's calendar day in Vietnam, as UTC midnight. */
export function vietnamToday(now: Date = new Date()): Date {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/**
 * Whole days from today to the due day: positive while there is time (0 on the due day itself, which still
 * counts as on time), negative once it has passed (-1 the day after).
 */
export function daysToDeadline(due: Date, now: Date = new Date()): number {
  return Math.round((due.getTime() - vietnamToday(now).getTime()) / DAY_MS);
}

export type DeadlineState = "done" | "open" | "due-soon" | "late";

/** How many days before the due day the reminder goes out and the board marks a report as due soon. */
export const REMINDER_DAYS = 3;

/**
 * A report is done once submitted or approved (submitted late or not, it no longer waits for the province);
 * otherwise it is late after its due day, due soon within REMINDER_DAYS of it, else open.
 */
export function deadlineState(status: "DRAFT" | "SUBMITTED" | "APPROVED" | null, due: Date, now: Date = new Date()): DeadlineState {
  if (status === "SUBMITTED" || status === "APPROVED") return "done";
  const days = daysToDeadline(due, now);
  if (days < 0) return "late";
  return days <= REMINDER_DAYS ? "due-soon" : "open";
}

/**
 * The report year the season is about: this year's from 1 December in Vietnam (its reports fall due that month),
 * else last year's, whose reports are the ones still being chased or approved.
 */
export function currentReportYear(now: Date = new Date()): number {
  const today = vietnamToday(now);
  return today.getUTCMonth() === 11 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
}
