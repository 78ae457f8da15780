// Changes a user's role and province together (they must agree: a provincial role needs a province, the others
// have none). The user's sessions end at their next request, so the new rights apply at once.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { changeRoleInput } from "@/lib/validation/users";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { assertManager, assertProvinceExists, invalid, parseOrThrow } from "./common";

export async function changeUserRole(
  db: PrismaClient,
  { actor, input }: { actor: Actor | null; input: unknown },
): Promise<{ id: number; changed: boolean }> {
  const admin = assertManager(actor);
  const { userId, role, provinceId } = parseOrThrow(changeRoleInput, input);
  // An administrator demoting themselves could leave nobody able to manage users.
  if (userId === admin.id && role !== admin.role) throw invalid([{ field: "role", code: "SELF_DEMOTE" }]);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, provinceId: true } });
    if (!user) throw new ServiceError("NOT_FOUND");
    if (user.role === role && user.provinceId === provinceId) return { id: user.id, changed: false };
    await assertProvinceExists(tx, provinceId);
    await tx.user.update({ where: { id: user.id }, data: { role, provinceId, sessionVersion: { increment: 1 } } });
    await audit(tx, {
      actorId: admin.id, entity: "User", entityId: user.id, action: "change-role",
      // Filed under the new province, or the old one when the user leaves the provincial roles.
      provinceId: provinceId ?? user.provinceId,
      before: { role: user.role, provinceId: user.provinceId }, after: { role, provinceId },
    });
    return { id: user.id, changed: true };
  });
}
