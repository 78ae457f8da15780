// The mail worker as a process of its own, started by server/main.ts when SMTP_URL is set (decision 0038), with
// Node's react-server condition so that the reads it shares with the app ("server-only" modules: the deadlines)
// load outside Next.js. It has a database pool of its own and stops with its parent (the IPC channel closes).
import { envAtStart, env } from "@/lib/env";
import { mailSender } from "@/lib/format/mail";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueReminders } from "@/lib/services/mail/reminders";
import { MailWorker, mailPool } from "./mail-worker";

const settings = envAtStart(() => env({ needDatabase: true }));
if (!settings.SMTP_URL) process.exit(0);

// One connection for the outbox and the reminders' reads alike (the embedded database serves only 10).
const pool = mailPool(settings.DATABASE_URL);
const db = new PrismaClient({ adapter: new PrismaPg(pool) });
const worker = new MailWorker({
  databaseUrl: settings.DATABASE_URL,
  pool,
  smtpUrl: settings.SMTP_URL,
  from: mailSender(settings),
  sweep: () => enqueueReminders(db),
});
worker.start();

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(0), 3000).unref();
  await worker.stop().catch(() => undefined);
  await db.$disconnect().catch(() => undefined);
  await pool.end().catch(() => undefined);
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("disconnect", stop);
