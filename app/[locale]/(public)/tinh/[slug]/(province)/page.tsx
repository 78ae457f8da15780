import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiLinks, apiDatasets } from "@/components/api-links";
import { alternatesFor } from "@/lib/i18n/alternates";
import { getI18n } from "@/lib/i18n/server";
import { getProvincePage } from "@/lib/queries/province-page";
import { ProvinceHeader } from "../province-header";
import { PROVINCE_SLUG } from "../slug";
import { TermSection } from "../term-section";
import { YearSection } from "../year-section";

type Props = { params: Promise<{ slug: string; locale: string }> };

// Rendered from the database on each request that the response cache in front does not answer (decision 0016).
export const dynamic = "force-dynamic";

export function generateStaticParams() {
  return [];
}

const SECTION_TITLE = "border-b border-line pb-1 text-2xl font-bold tracking-tight";

async function load(params: Props["params"]) {
  const { slug } = await params;
  return PROVINCE_SLUG.test(slug) ? getProvincePage(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await getI18n(params);
  const page = await load(params);
  return page ? { title: page.province.name, alternates: alternatesFor(locale, `/tinh/${page.province.slug}`) } : { title: m.notFound.title };
}

export default async function ProvincePageRoute({ params }: Props) {
  const { locale, m } = await getI18n(params);
  const page = await load(params);
  if (!page) notFound();
  const { province, reports, terms } = page;

  if (reports.length === 0 && terms.length === 0) {
    return (
      <article className="space-y-8">
        <ProvinceHeader province={province} hasData={false} locale={locale} m={m} />
        <p className="rounded-md border border-line bg-surface p-4">{m.province.noData}</p>
        <ApiLinks datasets={apiDatasets.province(province.slug, m)} m={m} />
      </article>
    );
  }

  return (
    <article className="space-y-8">
      <ProvinceHeader province={province} hasData locale={locale} m={m} />
      <nav aria-label={m.province.sections} className="flex gap-4 text-base">
        <a href="#theo-nhiem-ky">{m.terms.title}</a>
        <a href="#theo-nam">{m.years.title}</a>
      </nav>
      <section aria-labelledby="theo-nhiem-ky" className="space-y-6">
        <h2 id="theo-nhiem-ky" className={SECTION_TITLE}>
          {m.terms.title}
        </h2>
        {terms.length === 0 && <p className="text-muted">{m.terms.none}</p>}
        {terms.map((term) => (
          <TermSection key={`${term.startYear}-${term.endYear}`} slug={province.slug} term={term} locale={locale} m={m} />
        ))}
      </section>
      <section aria-labelledby="theo-nam" className="space-y-6">
        <h2 id="theo-nam" className={SECTION_TITLE}>
          {m.years.title}
        </h2>
        {reports.length === 0 && <p className="text-muted">{m.years.none}</p>}
        {reports.map((report) => (
          <YearSection key={report.year} report={report} locale={locale} m={m} />
        ))}
      </section>
      <ApiLinks datasets={apiDatasets.province(province.slug, m)} m={m} />
    </article>
  );
}
