import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiLinks, apiDatasets } from "@/components/api-links";
import { AttributionNotice } from "@/components/attribution-notice";
import { alternatesFor } from "@/lib/i18n/alternates";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { getProvincePage } from "@/lib/queries/province-page";
import { getTermProgress } from "@/lib/queries/term-progress";
import { PROVINCE_SLUG } from "../../slug";
import { TermCharts } from "./term-charts";
import { OtherTerms, TermHeader } from "./term-header";
import { parseTermYears } from "./term-param";

type Props = { params: Promise<{ slug: string; years: string; locale: string }> };

// Rendered from the database on each request that the response cache in front does not answer (decision 0016).
export const dynamic = "force-dynamic";

export function generateStaticParams() {
  return [];
}

/** The term's assessment and the province's page (its other terms, the term's source), read in parallel. */
async function load(params: Props["params"]) {
  const { slug, years } = await params;
  const span = parseTermYears(years);
  if (!span || !PROVINCE_SLUG.test(slug)) return null;
  const [progress, province] = await Promise.all([getTermProgress(slug, span[0], span[1]), getProvincePage(slug)]);
  return progress && province ? { progress, province } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ locale, m }, data] = await Promise.all([getI18n(params), load(params)]);
  if (!data) return { title: m.notFound.title };
  const { province, term } = data.progress;
  return {
    title: fill(m.charts.term.title, { province: province.name, years: `${term.startYear}–${term.endYear}` }),
    alternates: alternatesFor(locale, `/tinh/${province.slug}/nhiem-ky/${term.startYear}-${term.endYear}`),
  };
}

export default async function TermPage({ params }: Props) {
  const [{ locale, m }, data] = await Promise.all([getI18n(params), load(params)]);
  if (!data) notFound();
  const { progress, province } = data;
  const { rows, term } = progress;
  const view = province.terms.find((t) => t.startYear === term.startYear && t.endYear === term.endYear);
  const source = view?.source ?? null;
  return (
    <article className="space-y-8">
      <TermHeader progress={progress} source={source} locale={locale} m={m} />
      <AttributionNotice sources={[source, ...rows.flatMap((r) => r.sources)]} m={m} locale={locale} />
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-surface p-4">{m.terms.noTargets}</p>
      ) : (
        <TermCharts progress={progress} locale={locale} m={m} />
      )}
      <OtherTerms slug={progress.province.slug} terms={province.terms} current={term} locale={locale} m={m} />
      <ApiLinks datasets={apiDatasets.term(progress.province.slug, `${term.startYear}-${term.endYear}`, m)} m={m} />
    </article>
  );
}
