// Checks an email and password: the attempt is claimed against the rate limits first (lib/auth/rate-limit.ts,
// recorded as a failure), then the password is compared, and a match turns the attempt into a success.
// The answer never says whether the account exists.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyPassword } from "./password";
import { claimLoginAttempt, markLoginSucceeded } from "./rate-limit";

// Compared against when the account does not exist, so that both cases take a bcrypt's time.
const DUMMY_HASH = "$2b$12$00T3cEDKu8r8HrVB8DceuuB1Kt.IEdyzj/WMnaxAXJrCRINw5G29a";

export type LoginRefusal = "INVALID" | "RATE_LIMIT_ACCOUNT" | "RATE_LIMIT_ADDRESS" | "RATE_LIMIT_ACCOUNT_GLOBAL";
export type LoginResult =
  | { ok: true; user: { id: number; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: LoginRefusal; retryAfterSeconds?: number };

const REFUSAL = { account: "RATE_LIMIT_ACCOUNT", address: "RATE_LIMIT_ADDRESS", "account-global": "RATE_LIMIT_ACCOUNT_GLOBAL" } as const;

export async function verifyLogin(db: PrismaClient, rawEmail: string, password: string, ip: string): Promise<LoginResult> {
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  const claim = await claimLoginAttempt(db, email, ip);
  if (claim.blocked) return { ok: false, reason: REFUSAL[claim.by], retryAfterSeconds: claim.retryAfterSeconds };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, disabled: true, sessionVersion: true } });
  const matches = await verifyPassword(password.slice(0, 200), user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches || user.disabled) return { ok: false, reason: "INVALID" };
  await markLoginSucceeded(db, claim.attemptId);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
