import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ApiLinks, apiDatasets } from "@/components/api-links";
import { alternatesFor } from "@/lib/i18n/alternates";
import { getI18n } from "@/lib/i18n/server";
import { buildTrends } from "@/lib/charts/trend-data";
import { getProvincePage } from "@/lib/queries/province-page";
import { getProvinceTrends } from "@/lib/queries/province-trends";
import { ProvinceHeader } from "@/app/[locale]/(public)/tinh/[slug]/province-header";
import { PROVINCE_SLUG } from "@/app/[locale]/(public)/tinh/[slug]/slug";
import { TermSection } from "@/app/[locale]/(public)/tinh/[slug]/term-section";
import { ROLL_UP_PARAM, ROLL_UP_VALUE, TRENDS_ID, TrendSection } from "@/app/[locale]/(public)/tinh/[slug]/trend-section";
import { TrendsForward } from "@/app/[locale]/(public)/tinh/[slug]/trends-forward";
import { YearSection } from "@/app/[locale]/(public)/tinh/[slug]/year-section";

type Props = { params: Promise<{ slug: string; locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered from the database on each request that the response cache in front does not answer (decision 0016).
export const dynamic = "force-dynamic";

export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { slug } = await params;
  return PROVINCE_SLUG.test(slug) ? getProvincePage(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await getI18n(params);
  const page = await load(params);
  return page ? { title: page.province.name, alternates: alternatesFor(locale, `/tinh/${page.province.slug}`) } : { title: m.notFound.title };
}

export default async function ProvincePageRoute({ params, searchParams }: Props) {
  const { locale, m } = await getI18n(params);
  const page = await load(params);
  if (!page) notFound();
  const { province, reports, terms } = page;
  // Any other value of the parameter is the page without the roll-up, as if it were absent.
  const rolledUp = province.absorbed.length > 0 && (await searchParams)[ROLL_UP_PARAM] === ROLL_UP_VALUE;
  const trendInput = await getProvinceTrends(province.slug, rolledUp);
  const trends = trendInput ? buildTrends(trendInput) : [];

  if (reports.length === 0 && terms.length === 0) {
    return (
      <article className="space-y-8">
        <ProvinceHeader province={province} hasData={false} locale={locale} m={m} />
        <p className="rounded-md border border-line bg-surface p-4">{m.province.noData}</p>
        <TrendsForward province={province} locale={locale} m={m} />
        {/* A successor with no figures of its own may still have its predecessors' history. */}
        {province.absorbed.length > 0 && <TrendSection province={province} series={trends} rolledUp={rolledUp} locale={locale} m={m} />}
        <ApiLinks datasets={apiDatasets.province(province.slug, m)} m={m} />
      </article>
    );
  }

  return (
    <article className="space-y-8">
      <ProvinceHeader province={province} hasData locale={locale} m={m} />
      <nav aria-label={m.province.sections} className="flex gap-4 text-base">
        <a href="#theo-nhiem-ky">{m.terms.title}</a>
        <a href={`#${TRENDS_ID}`}>{m.trends.title}</a>
        <a href="#theo-nam">{m.years.title}</a>
      </nav>
      <Part id="theo-nhiem-ky" title={m.terms.title} none={terms.length === 0 && m.terms.none}>
        {terms.map((term) => (
          <TermSection key={`${term.startYear}-${term.endYear}`} slug={province.slug} term={term} locale={locale} m={m} />
        ))}
      </Part>
      <TrendsForward province={province} locale={locale} m={m} />
      <TrendSection province={province} series={trends} rolledUp={rolledUp} locale={locale} m={m} />
      <Part id="theo-nam" title={m.years.title} none={reports.length === 0 && m.years.none}>
        {reports.map((report) => (
          <YearSection key={report.year} report={report} locale={locale} m={m} />
        ))}
      </Part>
      <ApiLinks datasets={apiDatasets.province(province.slug, m)} m={m} />
    </article>
  );
}

// One of the page's two parts (by term, by year), reached from the links at its top; `none` when it is empty.
function Part({ id, title, none, children }: { id: string; title: string; none: string | false; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-6">
      <h2 id={id} className="border-b border-line pb-1 text-2xl font-bold tracking-tight">{title}</h2>
      {none && <p className="text-muted">{none}</p>}
      {children}
    </section>
  );
}
