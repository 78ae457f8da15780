// How every dashboard page starts: the language from the address, the signed-in user (or the login page, which
// comes back here afterwards), and for a province's pages the province and what the user may do with it. What a
// page shows is still decided by can(); actions ask again for what they write.
import "server-only";
import type { Metadata } from "next";
import { slugParam } from "@/lib/api/params";
import { requireActor } from "@/lib/auth/require";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Messages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/server";

type LocaleParams = Promise<{ locale: string }>;
export type SlugParams = Promise<{ locale: string; slug: string }>;

/** A page's generateMetadata that only sets its title: `export const generateMetadata = titleFrom((m) => …)`. */
export function titleFrom(pick: (m: Messages) => string) {
  return async ({ params }: { params: LocaleParams }): Promise<Metadata> => ({ title: pick((await getI18n(params)).m) });
}

export async function signedInPage(params: LocaleParams, backTo: string) {
  const { locale, m } = await getI18n(params);
  const actor = await requireActor(locale, backTo);
  return { locale, m, actor };
}

/**
 * A province's register or target pages: the province of the address (null when there is none, for a 404) and
 * whether the user may read and edit that part of it. A province the user may not read answers with a message,
 * never its data.
 */
export async function provincePage(params: SlugParams, backTo: (slug: string) => string, part: "register" | "target") {
  const { slug } = await params;
  const { locale, m, actor } = await signedInPage(params, backTo(slug));
  const province = slugParam.safeParse(slug).success ? await db.province.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }) : null;
  const scope = { provinceId: province?.id ?? null };
  return {
    locale, m, actor, province,
    mayRead: !!province && can(actor, `${part}:read`, scope),
    mayEdit: !!province && can(actor, `${part}:edit`, scope),
  };
}
