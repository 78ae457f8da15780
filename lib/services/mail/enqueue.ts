// The transactional outbox (decision 0038): a report's change writes its mail in its own transaction, so the mail
// exists exactly when the change committed, and the save never waits for an SMTP server. The mail worker
// (server/mail-worker.ts) sends it. Without SMTP_URL nothing is queued: rows that no one will ever send would pile
// up, and would all go out the day SMTP_URL is set.
// No "server-only" marker: the mail worker runs this outside Next.js (server/mail-process.ts); lib/services/ is
// kept from the browser by its path (tests/unit/client-imports.test.ts).
import type { Transition } from "@/lib/domain/report-workflow";
import type { Locale } from "@/lib/domain/types";
import { env } from "@/lib/env";
import { composeMail, dedupeKey, mailBaseUrl, type MailFacts, type MailKind } from "@/lib/format/mail";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

/** Postgres channel the worker LISTENs on: a NOTIFY sent in the enqueuing transaction arrives at its commit. */
export const MAIL_CHANNEL = "htx_mail";

interface Recipient {
  id: number;
  name: string;
  email: string;
  locale: string;
}

export interface QueuedMail {
  key: string;
  to: Recipient;
  facts: Omit<MailFacts, "locale" | "recipient">;
  reportId: number | null;
}

export const mailEnabled = (): boolean => env().SMTP_URL !== undefined;

const asLocale = (l: string): Locale => (l === "en" ? "en" : "vi");

/** Writes the mail (one per key: a key already queued is left as it is) and wakes the worker at commit. */
export async function queueMail(tx: Tx, mails: QueuedMail[]): Promise<number> {
  if (mails.length === 0) return 0;
  const base = mailBaseUrl(env());
  const { count } = await tx.outboxMail.createMany({
    data: mails.map((m) => {
      const { subject, text } = composeMail({ ...m.facts, locale: asLocale(m.to.locale), recipient: m.to.name }, base);
      return { kind: m.facts.kind, dedupeKey: m.key, toAddress: m.to.email, locale: asLocale(m.to.locale), subject, text, reportId: m.reportId };
    }),
    skipDuplicates: true,
  });
  if (count > 0) await tx.$executeRaw`SELECT pg_notify(${MAIL_CHANNEL}, '')`;
  return count;
}

/** The province's users with one of `roles` who can still sign in. */
function provinceUsers(tx: Tx, provinceId: number, roles: Role[]): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { provinceId, role: { in: roles }, disabled: false },
    select: { id: true, name: true, email: true, locale: true },
    orderBy: { id: "asc" },
  });
}

// Who hears of each step: a submission goes to those who approve; a return or an approval to those who edit, and
// to whoever submitted; a reopening to both.
const AUDIENCE: Record<Transition, Role[]> = {
  submit: ["PROVINCE_APPROVER"],
  return: ["PROVINCE_EDITOR"],
  approve: ["PROVINCE_EDITOR"],
  reopen: ["PROVINCE_EDITOR", "PROVINCE_APPROVER"],
};

/**
 * Queues the mail of a report's step, inside the step's transaction; `version` is the report's version after the
 * step, so the same step taken again later (submitted, returned, submitted again) is a new event. The one who
 * acted gets none.
 */
export async function enqueueReportMail(
  tx: Tx,
  e: { transition: Transition; reportId: number; version: number; actorId: number; comment: string | null },
): Promise<number> {
  if (!mailEnabled()) return 0;
  const report = await tx.yearlyReport.findUniqueOrThrow({
    where: { id: e.reportId },
    select: { year: true, provinceId: true, submittedById: true, province: { select: { name: true, slug: true } } },
  });
  const actor = await tx.user.findUnique({ where: { id: e.actorId }, select: { name: true, email: true } });
  const users = await provinceUsers(tx, report.provinceId, AUDIENCE[e.transition]);
  if (e.transition === "return" || e.transition === "approve") {
    const submitter = report.submittedById === null ? null
      : await tx.user.findFirst({ where: { id: report.submittedById, disabled: false }, select: { id: true, name: true, email: true, locale: true } });
    if (submitter && !users.some((u) => u.id === submitter.id)) users.push(submitter);
  }
  const kind: MailKind = e.transition;
  return queueMail(tx, users.filter((u) => u.id !== e.actorId).map((to) => ({
    key: dedupeKey(kind, `${e.reportId}:${e.version}`, to.id),
    to,
    reportId: e.reportId,
    facts: { kind, province: report.province.name, slug: report.province.slug, year: report.year, actor: actor?.name || actor?.email || "", comment: e.comment },
  })));
}
