// An administrator creates an account with a first password they choose and hand over.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { createUserInput } from "@/lib/validation/users";
import { audit } from "@/lib/services/audit";
import { assertManager, assertProvinceExists, invalid, isUniqueViolation, parseOrThrow, snapshot } from "./common";

const EMAIL_TAKEN = () => invalid([{ field: "email", code: "EMAIL_TAKEN" }]);

export async function createUser(db: PrismaClient, { actor, input }: { actor: Actor | null; input: unknown }): Promise<{ id: number }> {
  const admin = assertManager(actor);
  const data = parseOrThrow(createUserInput, input);
  // Hashing takes a fifth of a second: done before the transaction so it holds no connection meanwhile.
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      await assertProvinceExists(tx, data.provinceId);
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw EMAIL_TAKEN();
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, provinceId: data.provinceId, passwordHash },
      });
      await audit(tx, { actorId: admin.id, entity: "User", entityId: user.id, action: "create", provinceId: user.provinceId, after: snapshot(user) });
      return { id: user.id };
    });
  } catch (err) {
    // Two admins creating the same email at once: the unique index decides, the form still gets a field error.
    if (isUniqueViolation(err)) throw EMAIL_TAKEN();
    throw err;
  }
}
