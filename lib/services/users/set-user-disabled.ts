// Disables or re-enables an account. Disabling ends the user's sessions at their next request (the session
// version changes), and an administrator cannot lock themselves out.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { setDisabledInput } from "@/lib/validation/users";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { assertManager, invalid, parseOrThrow } from "./common";

export async function setUserDisabled(
  db: PrismaClient,
  { actor, input }: { actor: Actor | null; input: unknown },
): Promise<{ id: number; disabled: boolean; changed: boolean }> {
  const admin = assertManager(actor);
  const { userId, disabled } = parseOrThrow(setDisabledInput, input);
  if (userId === admin.id && disabled) throw invalid([{ field: "disabled", code: "SELF_DISABLE" }]);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, disabled: true, provinceId: true } });
    if (!user) throw new ServiceError("NOT_FOUND");
    if (user.disabled === disabled) return { id: user.id, disabled, changed: false };
    await tx.user.update({ where: { id: user.id }, data: { disabled, sessionVersion: { increment: 1 } } });
    await audit(tx, {
      actorId: admin.id, entity: "User", entityId: user.id, action: disabled ? "disable" : "enable", provinceId: user.provinceId,
      before: { disabled: user.disabled }, after: { disabled },
    });
    return { id: user.id, disabled, changed: true };
  });
}
