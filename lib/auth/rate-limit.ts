// Login attempts are limited per account and per address, counted in Postgres (works the same on the embedded
// database and on a server, with no extra service): 5 failures for one account, or 20 from one address, within
// 15 minutes lock further attempts until the oldest of them is 15 minutes old.
import type { PrismaClient } from "../generated/prisma/client";

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_ADDRESS = 20;
/** Attempts are only read within WINDOW_MS; a day more is kept for looking into an incident, then dropped. */
export const KEEP_MS = 24 * 60 * 60 * 1000;

export type LoginBlock = { blocked: false } | { blocked: true; by: "account" | "address"; retryAfterSeconds: number };

export async function loginBlock(db: PrismaClient, email: string, ip: string, now = new Date()): Promise<LoginBlock> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const failures = (where: { email: string } | { ip: string }) =>
    db.loginAttempt.findMany({ where: { ...where, success: false, at: { gt: since } }, orderBy: { at: "asc" }, select: { at: true } });
  const [byAccount, byAddress] = await Promise.all([failures({ email }), failures({ ip })]);
  const check = (rows: { at: Date }[], max: number, by: "account" | "address"): LoginBlock | null => {
    if (rows.length < max) return null;
    const freeAt = rows[rows.length - max].at.getTime() + WINDOW_MS;
    return { blocked: true, by, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
  };
  return check(byAccount, MAX_PER_ACCOUNT, "account") ?? check(byAddress, MAX_PER_ADDRESS, "address") ?? { blocked: false };
}

export async function recordLoginAttempt(db: PrismaClient, email: string, ip: string, success: boolean, now = new Date()): Promise<void> {
  // Each attempt also removes the expired ones, so the table holds about a day of logins, however long it runs.
  await db.$transaction([
    db.loginAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - KEEP_MS) } } }),
    db.loginAttempt.create({ data: { email, ip, success, at: now } }),
  ]);
}
