// The target pages' common start: language, signed-in user, the province of the address and what the user may
// do with its targets (read: those who may see its unpublished work; edit: can "target:edit").
import "server-only";
import { requireActor } from "@/lib/auth/require";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { getI18n } from "@/lib/i18n/server";
import { mayReadTargets } from "@/lib/services/targets/access";

export async function loadTargetPage(params: Promise<{ locale: string; slug: string }>, path: (slug: string) => string) {
  const { locale, m } = await getI18n(params);
  const { slug } = await params;
  const actor = await requireActor(locale, path(slug));
  const province = /^[a-z0-9-]{1,64}$/.test(slug) ? await db.province.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }) : null;
  return {
    locale, m, actor, province,
    mayRead: !!province && mayReadTargets(actor, province.id),
    mayEdit: !!province && can(actor, "target:edit", { provinceId: province.id }),
  };
}
