// A signed-in user changes their own password. The current one is checked (and wrong guesses count towards the
// login rate limit: a borrowed session must not become a way to guess it); the change ends every session of the
// user, this one included, because the session version changes.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { claimLoginAttempt, markLoginSucceeded } from "@/lib/auth/rate-limit";
import { changePasswordInput } from "@/lib/validation/users";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { invalid, parseOrThrow } from "./common";

export async function changePassword(
  db: PrismaClient,
  { actor, input, ip = "unknown" }: { actor: Actor | null; input: unknown; ip?: string },
): Promise<{ id: number }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const { current, next } = parseOrThrow(changePasswordInput, input, "password");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { id: true, email: true, passwordHash: true, provinceId: true, disabled: true } });
  if (!user || user.disabled) throw new ServiceError("NOT_SIGNED_IN");

  // Claimed (and counted as a failure) before the comparison, as a login is: concurrent guesses see each other.
  const claim = await claimLoginAttempt(db, user.email, ip);
  if (claim.blocked) throw invalid([{ field: "current", code: claim.by === "address" ? "RATE_LIMIT_ADDRESS" : "RATE_LIMIT_ACCOUNT" }], "password");
  if (!(await verifyPassword(current, user.passwordHash))) throw invalid([{ field: "current", code: "WRONG_CURRENT" }], "password");
  await markLoginSucceeded(db, claim.attemptId);
  if (next.trim().toLowerCase() === user.email) throw invalid([{ field: "next", code: "SAME_AS_EMAIL" }], "password");
  if (next === current) throw invalid([{ field: "next", code: "SAME_AS_CURRENT" }], "password");

  const passwordHash = await hashPassword(next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } } });
    // Who and when is the record; a password, even hashed, never goes into the log.
    await audit(tx, { actorId: user.id, entity: "User", entityId: user.id, action: "change-password", provinceId: user.provinceId });
  });
  return { id: user.id };
}
