// One term's targets: the list (with edit and remove), a form to add or edit one (?sua=<id>), and what each
// kind of target means. The public term page shows the same targets once saved.
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { formatNumber } from "@/lib/domain/numbers";
import { termYears } from "@/lib/domain/term-years";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { ServiceError } from "@/lib/services/errors";
import { termWithTargets } from "@/lib/queries/targets";
import { termYearsParam } from "@/lib/api/params";
import { deleteTargetAction, saveTargetAction } from "@/app/[locale]/(dashboard)/quan-ly/muc-tieu/[slug]/actions";
import { provincePage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { KindsHelp, TargetsTable } from "./targets-table";
import { TargetForm } from "./target-form";
import { Refused } from "@/components/dashboard/refused";

type Props = { params: Promise<{ locale: string; slug: string; years: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom((m) => m.register.targets.title);

export default async function TermTargetsPage({ params, searchParams }: Props) {
  const { years } = await params;
  const { locale, m, actor, province, mayRead, mayEdit } = await provincePage(params, (s) => `/quan-ly/muc-tieu/${s}/${years}`, "target");
  const span = termYearsParam.safeParse(years);
  if (!province || !span.success) notFound();
  const t = m.register.targets;
  if (!mayRead) return <Refused title={m.small.refused.title} text={t.forbidden} />;
  const [startYear, endYear] = span.data;
  const data = await termWithTargets(db, { actor, slug: province.slug, startYear, endYear }).catch((e) => {
    if (e instanceof ServiceError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const sp = await searchParams;
  const editId = Number(sp.sua);
  const editing = data.targets.find((x) => x.id === editId) ?? null;
  const name = (i: { nameVi: string; nameEn: string }) => (locale === "vi" ? i.nameVi : i.nameEn);
  const governs = termYears(data.term);
  const base = localePath(locale, `/quan-ly/muc-tieu/${province.slug}/${years}`);
  const groups = Object.entries(t.groups).map(([key, label]) => ({
    label, options: data.indicators.filter((i) => (i.groupKey in t.groups ? i.groupKey : "other") === key).map((i) => ({ value: i.code, label: name(i) })),
  })).filter((g) => g.options.length > 0);
  const num = (v: number | null) => (v === null ? "" : formatNumber(v, locale, { maxFractionDigits: 4 }));
  const initial: Record<string, string> = editing
    ? { indicator: editing.indicator.code, kind: editing.kind, year: editing.year ? String(editing.year) : "", min: num(editing.min), max: num(editing.max), qualifier: editing.qualifier, sourceId: editing.sourceId ? String(editing.sourceId) : "", note: editing.note ?? "" }
    : {};
  const notice = sp.luu ? t.term.saved : sp.xoa ? t.term.removed : null;
  return (
    <div className="space-y-6">
      <Link href={localePath(locale, `/quan-ly/muc-tieu/${province.slug}`)}>{t.term.back}</Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{fill(t.term.title, { years: `${startYear}–${endYear}` })}</h1>
        <p>{province.name} · {data.term.label}</p>
        <p className="text-sm text-muted">{fill(t.term.governs, { from: governs[0], to: governs[governs.length - 1] })}</p>
        <Link href={localePath(locale, `/tinh/${province.slug}/nhiem-ky/${years}`)}>{t.term.publicPage}</Link>
        {!mayEdit && <p className="text-sm text-warn">{t.readOnly}</p>}
        {notice && <p role="status" className="rounded border border-ok p-2 text-ok">{notice}</p>}
      </header>
      <TargetsTable
        targets={data.targets} mayEdit={mayEdit} base={base} locale={locale} t={t} orMore={m.terms.orMore}
        remove={(id) => deleteTargetAction.bind(null, province.slug, years, id, locale)}
      />
      {mayEdit && (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <section aria-labelledby="target-form" className="space-y-3 rounded border border-line bg-surface p-4">
            <h2 id="target-form" className="text-xl font-semibold">{editing ? fill(t.form.titleEdit, { name: name(editing.indicator) }) : t.form.titleNew}</h2>
            {editing && <Link href={base}>{t.form.cancel}</Link>}
            <TargetForm
              key={editing?.id ?? "new"} action={saveTargetAction.bind(null, province.slug, years, editing?.id ?? null, locale)} initial={initial}
              indicators={groups} sources={data.sources.map((s) => ({ value: String(s.id), label: s.title }))} t={t}
            />
          </section>
          <KindsHelp t={t} />
        </div>
      )}
    </div>
  );
}
