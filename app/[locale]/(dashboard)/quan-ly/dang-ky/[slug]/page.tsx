// A province's register: the counts beside the reported totals, filters, one page of units and the total,
// links to add, import and export. Everyone who may see the province's unpublished work reads it; editors
// and approvers of the province (and administrators) change it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/dashboard/page-header";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { registerBesideReported } from "@/lib/queries/register-beside-reported";
import { listUnits } from "@/lib/queries/register-units";
import { filtersQuery, registerFilters } from "@/lib/validation/register-filters";
import { provincePage, titleFrom, type SlugParams } from "@/app/[locale]/(dashboard)/page-start";
import { ComparePanel } from "./compare-panel";
import { FiltersForm } from "./filters-form";
import { Pager } from "./pager";
import { UnitTable } from "./unit-table";
import { Refused } from "@/components/dashboard/refused";

type Props = { params: SlugParams; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom((m) => m.register.title);

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale, m, actor, province, mayRead, mayEdit } = await provincePage(params, (s) => `/quan-ly/dang-ky/${s}`, "register");
  if (!province) notFound();
  const t = m.register;
  if (!mayRead) return <Refused title={m.small.refused.title} text={t.forbidden} />;
  const sp = await searchParams;
  const filters = registerFilters.parse(sp);
  const [list, beside] = await Promise.all([listUnits(db, { actor, slug: province.slug, filters }), registerBesideReported(db, { actor, slug: province.slug })]);
  const base = localePath(locale, `/quan-ly/dang-ky/${province.slug}`);
  const exportHref = (format: string) => `/api/v1/provinces/${province.slug}/register/export${filtersQuery({ ...filters, page: 1 }, { format })}`;
  const notice = sp.luu === "1" ? t.saved : null;
  return (
    <div className="space-y-6">
      <PageHeader title={fill(t.titleProvince, { province: province.name })} intro={t.intro} readOnly={!mayEdit && t.readOnly}>
        {notice && <p role="status" className="rounded border border-ok p-2 text-ok">{notice}</p>}
        <nav className="flex flex-wrap gap-3" aria-label={t.title}>
          {mayEdit && <Link href={`${base}/moi`} className="rounded border border-accent bg-accent px-3 py-1 text-white no-underline">{t.actions.add}</Link>}
          {mayEdit && <Link href={`${base}/nhap-xuat`} className="rounded border border-line px-3 py-1 no-underline hover:bg-accent-soft">{t.actions.importExport}</Link>}
          <a href={exportHref("xlsx")} download className="rounded border border-line px-3 py-1 no-underline hover:bg-accent-soft">{t.actions.exportXlsx}</a>
          <a href={exportHref("csv")} download className="rounded border border-line px-3 py-1 no-underline hover:bg-accent-soft">{t.actions.exportCsv}</a>
        </nav>
      </PageHeader>
      <ComparePanel data={beside} locale={locale} m={m} />
      <FiltersForm filters={filters} action={base} m={m} />
      <UnitTable list={list} filtered={!!(filters.q || filters.type || filters.sector || filters.status !== "all")} mayEdit={mayEdit} base={base} locale={locale} m={m} />
      <Pager page={list.page} pageCount={list.pageCount} href={(page) => `${base}${filtersQuery({ ...filters, page })}`} m={m} />
    </div>
  );
}
