// The due days an administrator set per year (ReportingDeadline). Years without a row take the default of
// lib/domain/deadlines.ts (deadlineFor): the map holds only what was set, so the rule stays in one place.
// Shared by the progress board, the inbox and the reminders.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Pick<Prisma.TransactionClient, "reportingDeadline">;

/** The due day set for each of `years` that has one, as a @db.Date value (UTC midnight). */
export async function deadlinesByYear(db: Reader, years: number[]): Promise<Map<number, Date>> {
  const wanted = [...new Set(years)].filter(Number.isInteger);
  if (wanted.length === 0) return new Map();
  const rows = await db.reportingDeadline.findMany({ where: { year: { in: wanted } }, select: { year: true, dueOn: true } });
  return new Map(rows.map((r) => [r.year, r.dueOn]));
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
