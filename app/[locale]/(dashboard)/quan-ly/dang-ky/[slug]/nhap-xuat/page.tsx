// Import and export files for a province: the register (template, check, import) and a yearly report (template,
// the year's figures to download, check, import into the draft). Each part shows only to those who may write it.
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { provincePage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { ImportPanel } from "./import-panel";
import { Refused } from "@/components/dashboard/refused";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ nam?: string | string[] }> };

export const generateMetadata = titleFrom((m) => m.register.actions.importExport);

const link = "rounded border border-line px-3 py-1 no-underline hover:bg-accent-soft";

export default async function ImportExportPage({ params, searchParams }: Props) {
  const { locale, m, actor, province, mayEdit } = await provincePage(params, (s) => `/quan-ly/dang-ky/${s}/nhap-xuat`, "register");
  if (!province) notFound();
  const t = m.register.import;
  const mayReport = can(actor, "report:edit", { provinceId: province.id });
  if (!mayEdit && !mayReport) return <Refused title={m.small.refused.title} text={m.register.errors.FORBIDDEN} />;
  const thisYear = new Date().getFullYear();
  const raw = (await searchParams).nam;
  const asked = Number(Array.isArray(raw) ? raw[0] : raw);
  const year = Number.isInteger(asked) && asked >= 1990 && asked <= thisYear ? asked : thisYear - 1;
  const years = Array.from({ length: thisYear - 2009 }, (_, i) => thisYear - i);
  const page = localePath(locale, `/quan-ly/dang-ky/${province.slug}/nhap-xuat`);
  // The year's figures can be downloaded once the report exists (this user may see drafts: they may write them).
  const hasReport = mayReport && !!(await db.yearlyReport.findUnique({ where: { provinceId_year: { provinceId: province.id, year } }, select: { id: true } }));
  return (
    <div className="space-y-8">
      <Link href={localePath(locale, `/quan-ly/dang-ky/${province.slug}`)}>{t.back}</Link>
      <h1 className="text-2xl font-bold">{fill(t.title, { province: province.name })}</h1>
      <p className="text-muted">{t.limits}</p>
      {mayEdit && (
        <section aria-labelledby="import-register" className="space-y-3 rounded border border-line bg-surface p-4">
          <h2 id="import-register" className="text-xl font-semibold">{t.registerTitle}</h2>
          <p>{t.registerIntro}</p>
          <p className="flex flex-wrap gap-3">
            <span>{t.template}:</span>
            <a className={link} href="/api/v1/import/templates/register?format=xlsx" download>{t.templateXlsx}</a>
            <a className={link} href="/api/v1/import/templates/register?format=csv" download>{t.templateCsv}</a>
          </p>
          <ImportPanel
            id="register" url={`/api/v1/provinces/${province.slug}/register/import`} locale={locale} t={t} typeNames={m.register.types}
            fileFor={t.registerTitle} doneTemplate={t.doneRegister} doneHref={localePath(locale, `/quan-ly/dang-ky/${province.slug}`)} doneLabel={t.back}
          />
        </section>
      )}
      {mayReport && (
        <section aria-labelledby="import-report" className="space-y-3 rounded border border-line bg-surface p-4">
          <h2 id="import-report" className="text-xl font-semibold">{t.reportTitle}</h2>
          <p>{t.reportIntro}</p>
          <form method="get" action={page} className="flex items-end gap-2">
            <label className="block">
              <span className="block font-medium">{t.year}</span>
              <select name="nam" defaultValue={String(year)} className="mt-1 rounded border border-line bg-surface px-2 py-1">
                {years.map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </label>
            <button type="submit" className="rounded border border-line px-3 py-1 hover:bg-accent-soft">{t.yearSubmit}</button>
          </form>
          <p className="flex flex-wrap gap-3">
            <span>{t.template}:</span>
            <a className={link} href="/api/v1/import/templates/report?format=xlsx" download>{t.templateXlsx}</a>
            <a className={link} href="/api/v1/import/templates/report?format=csv" download>{t.templateCsv}</a>
            {hasReport && <a className={link} href={`/api/v1/import/reports/${province.slug}/${year}?format=xlsx`} download>{fill(t.exportReport, { year })} (XLSX)</a>}
            {hasReport && <a className={link} href={`/api/v1/import/reports/${province.slug}/${year}?format=csv`} download>{fill(t.exportReport, { year })} (CSV)</a>}
          </p>
          <ImportPanel
            key={year} id="report" url={`/api/v1/import/reports/${province.slug}/${year}`} locale={locale} t={t} typeNames={{}}
            fileFor={t.reportTitle} doneTemplate={fill(t.doneReport, { year })} doneHref={localePath(locale, `/quan-ly/bao-cao/${province.slug}/${year}`)} doneLabel={fill(t.openReport, { year })}
          />
        </section>
      )}
    </div>
  );
}
