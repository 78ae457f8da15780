// The due days an administrator set per year (ReportingDeadline). Years without a row take the default of
// lib/domain/deadlines.ts (deadlineFor): the map holds only what was set, so the rule stays in one place.
// Shared by the progress board, the inbox and the reminders.
import "server-only";
import { daysToDeadline, deadlineFor, vietnamToday } from "@/lib/domain/deadlines";
import type { Prisma } from "@/lib/generated/prisma/client";
import { existingAtEndOf } from "./provinces-of-year";

type Reader = Pick<Prisma.TransactionClient, "reportingDeadline">;

/** The due day set for each of `years` that has one, as a @db.Date value (UTC midnight). */
export async function deadlinesByYear(db: Reader, years: number[]): Promise<Map<number, Date>> {
  const wanted = [...new Set(years)].filter(Number.isInteger);
  if (wanted.length === 0) return new Map();
  const rows = await db.reportingDeadline.findMany({ where: { year: { in: wanted } }, select: { year: true, dueOn: true } });
  return new Map(rows.map((r) => [r.year, r.dueOn]));
}

/**
 * The season's years with their due days and the days to them (negative once past): last year's and this year's
 * reports, since a due day is in its year or, when moved, early in the next. The inbox and the reminders share it.
 */
export async function seasonDeadlines(db: Reader, now: Date): Promise<{ year: number; due: Date; days: number }[]> {
  const thisYear = vietnamToday(now).getUTCFullYear();
  const years = [thisYear - 1, thisYear];
  const set = await deadlinesByYear(db, years);
  return years.map((year) => {
    const due = deadlineFor(year, set);
    return { year, due, days: daysToDeadline(due, now) };
  });
}

/** The provinces that owe a year's report: existing at its end, and not yet submitted or approved. */
export function owingReport(year: number) {
  return { ...existingAtEndOf(year), reports: { none: { year, status: { in: ["SUBMITTED" as const, "APPROVED" as const] } } } };
}

export interface DeadlineSetting {
  year: number;
  dueOn: Date;
  updatedAt: Date;
  updatedBy: string | null;
}

/** Every due day that was set, newest year first, with who set it: the settings page's list. */
export async function deadlineSettings(db: Reader): Promise<DeadlineSetting[]> {
  const rows = await db.reportingDeadline.findMany({
    orderBy: { year: "desc" },
    select: { year: true, dueOn: true, updatedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({ year: r.year, dueOn: r.dueOn, updatedAt: r.updatedAt, updatedBy: r.updatedBy ? r.updatedBy.name || r.updatedBy.email : null }));
}
