// The index of the register and target pages: a provincial user goes straight to their province; others
// (administrators, committee members) pick one from a list of links.
import Link from "next/link";
import { redirect } from "next/navigation";
import type { SignedInUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { provincesForActor } from "@/lib/queries/provinces-for-actor";

type Props = { actor: SignedInUser; base: "/quan-ly/dang-ky" | "/quan-ly/muc-tieu"; title: string; locale: Locale; m: Messages };

export async function ProvinceChooser({ actor, base, title, locale, m }: Props) {
  if (actor.provinceSlug) redirect(localePath(locale, `${base}/${actor.provinceSlug}`));
  const { current, merged } = await provincesForActor(db, actor, base === "/quan-ly/dang-ky" ? "register:read" : "target:read");
  const t = m.register;
  const list = (rows: typeof current) => (
    <ul className="columns-1 gap-6 sm:columns-2 lg:columns-3">
      {rows.map((p) => <li key={p.slug}><Link prefetch={false} href={localePath(locale, `${base}/${p.slug}`)}>{p.name}</Link></li>)}
    </ul>
  );
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <h2 className="text-xl font-semibold">{t.pickProvince}</h2>
      <h3 className="font-semibold">{t.pickCurrent}</h3>
      {list(current)}
      {merged.length > 0 && <><h3 className="font-semibold">{t.pickMerged}</h3>{list(merged)}</>}
    </section>
  );
}
