// Login throttling (decision 0012), counted in Postgres so it works the same on the embedded database and on a
// server. Failures are counted in three buckets:
//   - one account from one address: 5 in 15 minutes (the everyday limit; locks out only that address);
//   - one address across accounts: 20 in 15 minutes (password spraying);
//   - one account from anywhere: 50 in an hour (many addresses guessing one account), slow on purpose, so an
//     attacker elsewhere can keep a real user out only by the global bucket, never by the first one.
// Check and record are one step: under an advisory lock on the account (then on the address), the attempt is
// counted and, if allowed, recorded as a failure BEFORE the password is compared; a right password flips it to a
// success afterwards. Concurrent guesses therefore queue on the lock and see each other: no more than the limit
// is ever compared, however many arrive at once.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT_ADDRESS = 5;
export const MAX_PER_ADDRESS = 20;
export const GLOBAL_WINDOW_MS = 60 * 60 * 1000;
export const MAX_PER_ACCOUNT = 50;
/** Attempts are only read within an hour; a day more is kept for looking into an incident, then dropped. */
export const KEEP_MS = 24 * 60 * 60 * 1000;

// First key of pg_advisory_xact_lock(int, int): keeps these locks apart from any other user of advisory locks.
const LOCK_CLASS = 0x484c4f47; // "HLOG"

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Bucket = "account" | "address" | "account-global";
export type LoginBlock = { blocked: false } | { blocked: true; by: Bucket; retryAfterSeconds: number };
export type LoginClaim = { blocked: true; by: Bucket; retryAfterSeconds: number } | { blocked: false; attemptId: bigint };

/** Whether the next attempt for `email` from `ip` is refused, and until when. */
export async function loginBlock(db: PrismaClient | Tx, email: string, ip: string, now = new Date()): Promise<LoginBlock> {
  // The max-th most recent failure in the window: while it exists the bucket is full, and it frees up when that
  // failure leaves the window.
  const full = async (where: { email?: string; ip?: string }, max: number, windowMs: number, by: Bucket): Promise<LoginBlock | null> => {
    const row = await db.loginAttempt.findFirst({
      where: { ...where, success: false, at: { gt: new Date(now.getTime() - windowMs) } },
      orderBy: { at: "desc" },
      skip: max - 1,
      select: { at: true },
    });
    if (!row) return null;
    return { blocked: true, by, retryAfterSeconds: Math.max(1, Math.ceil((row.at.getTime() + windowMs - now.getTime()) / 1000)) };
  };
  return (
    (await full({ email, ip }, MAX_PER_ACCOUNT_ADDRESS, WINDOW_MS, "account")) ??
    (await full({ ip }, MAX_PER_ADDRESS, WINDOW_MS, "address")) ??
    (await full({ email }, MAX_PER_ACCOUNT, GLOBAL_WINDOW_MS, "account-global")) ?? { blocked: false }
  );
}

/**
 * One atomic step: refuses the attempt if a bucket is full, else records it as a failure and returns its id.
 * The caller compares the password only after this, and calls markLoginSucceeded when it matched.
 */
export async function claimLoginAttempt(db: PrismaClient, email: string, ip: string, now = new Date()): Promise<LoginClaim> {
  return db.$transaction(
    async (tx) => {
      // Always the account first, then the address: two attempts never wait on each other in a cycle.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${`account:${email}`}))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int, hashtext(${`address:${ip}`}))`;
      const block = await loginBlock(tx, email, ip, now);
      if (block.blocked) return block;
      // Each attempt also drops a batch of expired ones (skipping rows another attempt is deleting), so the table
      // holds about a day of logins however long the server runs.
      await tx.$executeRaw`DELETE FROM "LoginAttempt" WHERE id IN (SELECT id FROM "LoginAttempt" WHERE at < ${new Date(now.getTime() - KEEP_MS)} LIMIT 500 FOR UPDATE SKIP LOCKED)`;
      const row = await tx.loginAttempt.create({ data: { email, ip, success: false, at: now }, select: { id: true } });
      return { blocked: false, attemptId: row.id };
    },
    // Many attempts at once queue on the lock; each holds it for a few statements.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** The password matched: the attempt claimed as a failure was a success. */
export async function markLoginSucceeded(db: PrismaClient, attemptId: bigint): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true }, select: { id: true } });
}
