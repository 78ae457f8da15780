// Checks an email and password: the rate limit first, then the password, recording the attempt either way.
// The answer never says whether the account exists.
import type { PrismaClient } from "../generated/prisma/client";
import { verifyPassword } from "./password";
import { loginBlock, recordLoginAttempt } from "./rate-limit";

// Compared against when the account does not exist, so that both cases take a bcrypt's time.
const DUMMY_HASH = "$2b$12$00T3cEDKu8r8HrVB8DceuuB1Kt.IEdyzj/WMnaxAXJrCRINw5G29a";

export type LoginResult =
  | { ok: true; user: { id: number; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "INVALID" | "RATE_LIMIT_ACCOUNT" | "RATE_LIMIT_ADDRESS"; retryAfterSeconds?: number };

export async function verifyLogin(db: PrismaClient, rawEmail: string, password: string, ip: string): Promise<LoginResult> {
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  const block = await loginBlock(db, email, ip);
  if (block.blocked) return { ok: false, reason: block.by === "account" ? "RATE_LIMIT_ACCOUNT" : "RATE_LIMIT_ADDRESS", retryAfterSeconds: block.retryAfterSeconds };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, disabled: true, sessionVersion: true } });
  const matches = await verifyPassword(password.slice(0, 200), user?.passwordHash ?? DUMMY_HASH);
  const ok = !!user && matches && !user.disabled;
  await recordLoginAttempt(db, email, ip, ok);
  if (!ok) return { ok: false, reason: "INVALID" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
