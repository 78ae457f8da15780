// The register pages' common start: the language, the signed-in user (or the login page), the province of the
// address, and what the user may do with its register. A province the user may not see answers with a
// message, never its data.
import "server-only";
import { requireActor } from "@/lib/auth/require";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { getI18n } from "@/lib/i18n/server";
import { mayReadRegister } from "@/lib/services/register/access";

export type SlugParams = Promise<{ locale: string; slug: string }>;

export async function loadRegisterPage(params: SlugParams, path: (slug: string) => string) {
  const { locale, m } = await getI18n(params);
  const { slug } = await params;
  const actor = await requireActor(locale, path(slug));
  const province = /^[a-z0-9-]{1,64}$/.test(slug) ? await db.province.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }) : null;
  const mayRead = !!province && mayReadRegister(actor, province.id);
  const mayEdit = !!province && can(actor, "register:edit", { provinceId: province.id });
  return { locale, m, actor, province, mayRead, mayEdit };
}
