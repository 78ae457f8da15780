// A signed-in user chooses the language of their notification mail (decision 0038): their own record only,
// checked with can() against the province their record has as stored, and audited.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { mailLocaleInput } from "@/lib/validation/users";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { parseOrThrow } from "./common";

export async function setMailLocale(db: PrismaClient, { actor, input }: { actor: Actor | null; input: unknown }): Promise<{ locale: string }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const { locale } = parseOrThrow(mailLocaleInput, input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { id: true, provinceId: true, disabled: true, locale: true } });
    if (!user || user.disabled) throw new ServiceError("NOT_SIGNED_IN");
    if (!can(actor, "account:edit", { provinceId: user.provinceId })) throw new ServiceError("FORBIDDEN");
    if (user.locale === locale) return { locale };
    await tx.user.update({ where: { id: user.id }, data: { locale } });
    await audit(tx, { actorId: user.id, entity: "User", entityId: user.id, action: "set-mail-locale", provinceId: user.provinceId, before: { locale: user.locale }, after: { locale } });
    return { locale };
  });
}
