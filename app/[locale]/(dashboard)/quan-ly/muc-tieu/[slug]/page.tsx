// A province's terms (nhiệm kỳ) with how many targets each has, and a form to add a term.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { localePath } from "@/lib/i18n/paths";
import { termsOfProvince } from "@/lib/services/targets/read";
import { Forbidden } from "../../dang-ky/[slug]/forbidden";
import { createTermAction } from "./actions";
import { loadTargetPage } from "./load";
import { TermForm } from "./term-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await getI18n(params);
  return { title: m.register.targets.title };
}

export default async function TermsPage({ params }: Props) {
  const { locale, m, actor, province, mayRead, mayEdit } = await loadTargetPage(params, (s) => `/quan-ly/muc-tieu/${s}`);
  if (!province) notFound();
  const t = m.register.targets;
  if (!mayRead) return <Forbidden text={t.forbidden} />;
  const { terms } = await termsOfProvince(db, { actor, slug: province.slug });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{fill(t.titleProvince, { province: province.name })}</h1>
        <p className="text-muted">{t.intro}</p>
        {!mayEdit && <p className="text-sm text-warn">{t.readOnly}</p>}
      </header>
      {terms.length === 0 ? <p>{t.terms.none}</p> : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t.terms.caption}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">{t.terms.years}</th>
              <th scope="col" className="py-2 pr-3">{t.terms.congress}</th>
              <th scope="col" className="py-2 pr-3">{t.terms.label}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t.terms.targets}</th>
              <th scope="col" className="py-2"><span className="sr-only">{t.terms.open}</span></th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => {
              const years = `${term.startYear}-${term.endYear}`;
              return (
                <tr key={term.id} className="border-b border-line">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {term.startYear}–{term.endYear}
                    {term.yearsInferred && <span className="ml-2 text-sm text-muted">({t.terms.inferred})</span>}
                  </th>
                  <td className="py-1 pr-3">{term.congress ?? "—"}</td>
                  <td className="py-1 pr-3">{term.label}</td>
                  <td className="py-1 pr-3 text-right">{term.targetCount}</td>
                  <td className="py-1"><Link href={localePath(locale, `/quan-ly/muc-tieu/${province.slug}/${years}`)} aria-label={`${t.terms.open}: ${term.startYear}–${term.endYear}`}>{t.terms.open}</Link></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {mayEdit && (
        <section aria-labelledby="term-form" className="max-w-3xl space-y-3 rounded border border-line bg-surface p-4">
          <h2 id="term-form" className="text-xl font-semibold">{t.termForm.title}</h2>
          <TermForm action={createTermAction.bind(null, province.slug, locale)} t={t.termForm} locale={locale} />
        </section>
      )}
    </div>
  );
}
