import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiLinks, apiDatasets } from "@/components/api-links";
import { AttributionNotice } from "@/components/attribution-notice";
import { getI18n } from "@/lib/i18n/server";
import { TermCharts } from "./term-charts";
import { OtherTerms, TermHeader } from "./term-header";
import { loadTerm, termMetadata } from "./term-data";

type Props = { params: Promise<{ slug: string; years: string; locale: string }> };

// Rendered from the database on each request that the response cache in front does not answer (decision 0016).
export const dynamic = "force-dynamic";

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return termMetadata(params, (m) => m.charts.term.title);
}

export default async function TermPage({ params }: Props) {
  const [{ locale, m }, data] = await Promise.all([getI18n(params), loadTerm(params)]);
  if (!data) notFound();
  const { progress, province, source } = data;
  const { rows, term } = progress;
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
      <ApiLinks datasets={apiDatasets.term(progress.province.slug, `${term.startYear}-${term.endYear}`, m, locale)} m={m} />
    </article>
  );
}
