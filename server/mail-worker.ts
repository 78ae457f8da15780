// Sends the outbox (OutboxMail, decision 0038). Every app process with SMTP_URL runs one; they share the table:
// a claim is one statement that takes due rows with FOR UPDATE SKIP LOCKED and moves their next attempt past the
// lease, so no two workers take the same row, and no transaction stays open while an SMTP server is slow (the
// embedded database runs one transaction at a time: a held one would stall every save). A sent row gets sentAt; a
// failed one its error and a later attempt (exponential backoff); after maxAttempts it stays, unsent, with its
// error. Woken by NOTIFY htx_mail (sent by the enqueuing transaction, delivered at its commit) and by a poll.
import nodemailer from "nodemailer";
import pg from "pg";
import { MAIL_CHANNEL } from "@/lib/services/mail/enqueue";

export interface MailWorkerOptions {
  databaseUrl: string;
  /** A pool to query through (its owner ends it); else one of its own, of one connection. */
  pool?: pg.Pool;
  smtpUrl: string;
  from: string;
  /** How often the outbox is read besides NOTIFY, in ms. */
  pollMs?: number;
  /** Attempts before a mail is given up (kept, unsent, with its last error). */
  maxAttempts?: number;
  /** The wait before attempt n + 1 after n failed ones, in ms. */
  backoffMs?: (attempts: number) => number;
  /** Longest wait for the SMTP server at each step (connect, greeting, each reply), in ms. */
  smtpTimeoutMs?: number;
  /** Runs now and then besides sending (the deadline reminders), every sweepMs. */
  sweep?: () => Promise<unknown>;
  sweepMs?: number;
  log?: (message: string) => void;
}

const MAX_ATTEMPTS = 8;
/** 30 s, 1 min, 2 min, … up to 6 h: eight attempts span about four hours. */
export const defaultBackoffMs = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 6 * 3600_000);
const BATCH = 20;

interface Claimed {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  attempts: number;
}

/** The worker's connection: one is enough (it sends one mail at a time; the embedded database serves 16 in all). */
export function mailPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, connectionTimeoutMillis: 5000, query_timeout: 10_000, application_name: "htx-mail" });
  pool.on("error", () => {}); // an idle connection that died: the next query opens another
  return pool;
}

/**
 * SMTP_URL as nodemailer's options. Read here rather than by nodemailer's `url` option, whose values override the
 * timeouts given beside it (a slow server would then hold a worker for 10 minutes).
 */
export function smtpOptions(smtpUrl: string) {
  const u = new URL(smtpUrl);
  const secure = u.protocol === "smtps:";
  const user = decodeURIComponent(u.username);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(user ? { auth: { user, pass: decodeURIComponent(u.password) } } : {}),
  };
}

export class MailWorker {
  private readonly pool: pg.Pool;
  private readonly ownPool: boolean;
  private readonly transport: nodemailer.Transporter;
  private listener: pg.Client | null = null;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  private readonly o: Required<Omit<MailWorkerOptions, "sweep" | "pool">> & Pick<MailWorkerOptions, "sweep">;

  constructor(options: MailWorkerOptions) {
    this.o = { pollMs: 2000, maxAttempts: MAX_ATTEMPTS, backoffMs: defaultBackoffMs, smtpTimeoutMs: 30_000, sweepMs: 60_000, log: (m) => console.error(m), ...options };
    this.ownPool = !options.pool;
    this.pool = options.pool ?? mailPool(options.databaseUrl);
    const t = this.o.smtpTimeoutMs;
    this.transport = nodemailer.createTransport({ ...smtpOptions(options.smtpUrl), connectionTimeout: t, greetingTimeout: t, socketTimeout: t, dnsTimeout: t });
  }

  /** Listens, polls and sweeps until stop(). */
  start(): void {
    void this.listen();
    const every = (ms: number, run: () => Promise<unknown>) => {
      const tick = () => {
        const timer = setTimeout(() => void run().catch((e) => this.o.log(`mail: ${String(e)}`)).finally(() => !this.stopped && tick()), ms);
        timer.unref();
        this.timers.push(timer);
      };
      tick();
    };
    every(this.o.pollMs, () => this.drain());
    if (this.o.sweep) {
      const sweep = this.o.sweep;
      every(this.o.sweepMs, async () => (await sweep()) && this.drain());
      void sweep().catch((e) => this.o.log(`mail reminders: ${String(e)}`));
    }
    void this.drain().catch((e) => this.o.log(`mail: ${String(e)}`));
  }

  /**
   * Sends every due mail, claim by claim, until none is left; resolves with how many were sent. A call while a
   * drain runs makes that drain look once more and shares its result.
   */
  drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let sent = 0;
      do {
        this.again = false;
        for (let batch = await this.claim(); batch.length && !this.stopped; batch = await this.claim()) {
          for (const mail of batch) sent += (await this.send(mail)) ? 1 : 0;
        }
      } while (this.again && !this.stopped);
      return sent;
    })().finally(() => (this.running = null));
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    await this.running?.catch(() => 0);
    await this.listener?.end().catch(() => undefined);
    this.transport.close();
    if (this.ownPool) await this.pool.end();
  }

  private async claim(): Promise<Claimed[]> {
    // The lease outlasts a whole SMTP conversation (its steps time out), so a row is retried only when a worker died.
    const leaseSeconds = Math.ceil((this.o.smtpTimeoutMs * 6) / 1000);
    const { rows } = await this.pool.query<Claimed>(
      `UPDATE "OutboxMail" o SET "attempts" = o."attempts" + 1, "nextAttemptAt" = now() + make_interval(secs => $2)
       FROM (SELECT "id" FROM "OutboxMail" WHERE "sentAt" IS NULL AND "attempts" < $1 AND "nextAttemptAt" <= now()
             ORDER BY "id" LIMIT $3 FOR UPDATE SKIP LOCKED) due
       WHERE o."id" = due."id"
       RETURNING o."id"::text AS id, o."toAddress", o."subject", o."text", o."attempts"`,
      [this.o.maxAttempts, leaseSeconds, BATCH],
    );
    return rows;
  }

  private async send(mail: Claimed): Promise<boolean> {
    try {
      await this.transport.sendMail({ from: this.o.from, to: mail.toAddress, subject: mail.subject, text: mail.text, headers: { "Auto-Submitted": "auto-generated" } });
    } catch (err) {
      const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
      const last = mail.attempts >= this.o.maxAttempts;
      this.o.log(`mail ${mail.id} to ${mail.toAddress}: attempt ${mail.attempts} failed${last ? ", giving up" : ""}: ${error}`);
      await this.pool.query(
        `UPDATE "OutboxMail" SET "lastError" = $2, "nextAttemptAt" = now() + make_interval(secs => $3) WHERE "id" = $1::bigint`,
        [mail.id, error, this.o.backoffMs(mail.attempts) / 1000],
      );
      return false;
    }
    await this.pool.query(`UPDATE "OutboxMail" SET "sentAt" = now(), "lastError" = NULL WHERE "id" = $1::bigint`, [mail.id]);
    return true;
  }

  /** LISTEN on a connection of its own, reconnecting with backoff; the poll covers the gaps. */
  private async listen(backoffMs = 500): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.o.databaseUrl, application_name: "htx-mail-listen" });
    const retry = () => {
      if (this.listener !== client || this.stopped) return;
      this.listener = null;
      void client.end().catch(() => undefined);
      setTimeout(() => void this.listen(Math.min(backoffMs * 2, 10_000)), backoffMs).unref();
    };
    this.listener = client;
    client.on("error", retry);
    client.on("end", retry);
    client.on("notification", () => void this.drain().catch((e) => this.o.log(`mail: ${String(e)}`)));
    try {
      await client.connect();
      await client.query(`LISTEN ${MAIL_CHANNEL}`);
    } catch {
      retry();
    }
  }
}
