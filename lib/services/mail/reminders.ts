// The deadline reminder (decision 0038): from REMINDER_DAYS before a year's due day until the day itself, the mail
// worker queues one mail to each editor of every province that existed at the end of that year and has not
// submitted its report. The key names the province, year and due day, so running it every minute, on every app
// process, queues each reminder once; a due day moved by an administrator is a new reminder.
// No "server-only" marker: run by the mail worker outside Next.js (see enqueue.ts).
import { REMINDER_DAYS } from "@/lib/domain/deadlines";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { owingReport, seasonDeadlines } from "@/lib/queries/deadlines";
import { dedupeKey } from "@/lib/format/mail";
import { mailEnabled, queueMail, type QueuedMail } from "./enqueue";

export async function enqueueReminders(db: PrismaClient, now: Date = new Date()): Promise<number> {
  if (!mailEnabled()) return 0;
  const dueYears = (await seasonDeadlines(db, now)).filter((d) => d.days >= 0 && d.days <= REMINDER_DAYS);
  let queued = 0;
  for (const { year, due, days } of dueYears) {
    const provinces = await db.province.findMany({
      where: owingReport(year),
      select: {
        id: true, name: true, slug: true,
        users: { where: { role: "PROVINCE_EDITOR", disabled: false }, select: { id: true, name: true, email: true, locale: true }, orderBy: { id: "asc" } },
      },
    });
    const dueIso = due.toISOString().slice(0, 10);
    const mails: QueuedMail[] = provinces.flatMap((p) => p.users.map((to) => ({
      key: dedupeKey("reminder", `${p.id}:${year}:${dueIso}`, to.id),
      to,
      reportId: null,
      facts: { kind: "reminder" as const, province: p.name, slug: p.slug, year, due, days },
    })));
    queued += await db.$transaction((tx) => queueMail(tx, mails));
  }
  return queued;
}
