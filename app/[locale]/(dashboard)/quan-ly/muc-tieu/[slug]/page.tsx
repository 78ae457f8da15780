// A province's terms (nhiệm kỳ) with how many targets each has, and a form to add a term.
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/dashboard/page-header";
import { DashboardTable } from "@/components/dashboard/table";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { termsOfProvince } from "@/lib/queries/targets";
import { provincePage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { createTermAction } from "./actions";
import { TermForm } from "./term-form";
import { Refused } from "@/components/dashboard/refused";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = titleFrom((m) => m.register.targets.title);

export default async function TermsPage({ params }: Props) {
  const { locale, m, actor, province, mayRead, mayEdit } = await provincePage(params, (s) => `/quan-ly/muc-tieu/${s}`, "target");
  if (!province) notFound();
  const t = m.register.targets;
  if (!mayRead) return <Refused title={m.small.refused.title} text={t.forbidden} />;
  const { terms } = await termsOfProvince(db, { actor, slug: province.slug });
  return (
    <div className="space-y-6">
      <PageHeader title={fill(t.titleProvince, { province: province.name })} intro={t.intro} readOnly={!mayEdit && t.readOnly} />
      {terms.length === 0 ? <p>{t.terms.none}</p> : (
        <DashboardTable
          caption={t.terms.caption}
          dense
          rows={terms}
          rowKey={(term) => term.id}
          columns={[
            { header: t.terms.years, cell: (term) => <>{term.startYear}–{term.endYear}{term.yearsInferred && <span className="ml-2 text-sm text-muted">({t.terms.inferred})</span>}</> },
            { header: t.terms.congress, cell: (term) => term.congress ?? "—" },
            { header: t.terms.label, cell: (term) => term.label },
            { header: t.terms.targets, numeric: true, cell: (term) => term.targetCount },
            {
              header: t.terms.open, headerHidden: true,
              cell: (term) => (
                <Link href={localePath(locale, `/quan-ly/muc-tieu/${province.slug}/${term.startYear}-${term.endYear}`)} aria-label={`${t.terms.open}: ${term.startYear}–${term.endYear}`}>
                  {t.terms.open}
                </Link>
              ),
            },
          ]}
        />
      )}
      {mayEdit && (
        <section aria-labelledby="term-form" className="max-w-3xl space-y-3 rounded border border-line bg-surface p-4">
          <h2 id="term-form" className="text-xl font-semibold">{t.termForm.title}</h2>
          <TermForm action={createTermAction.bind(null, province.slug, locale)} t={t.termForm} />
        </section>
      )}
    </div>
  );
}
