import type { Metadata } from "next";
import Link from "next/link";
import { ApiLinks, apiDatasets } from "@/components/api-links";
import { formatDate } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/domain/numbers";
import { alternatesFor } from "@/lib/i18n/alternates";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { getI18n } from "@/lib/i18n/server";
import { listProvincesWithData } from "@/lib/queries/provinces";
import { getPublicSummary } from "@/lib/queries/summary";
import { NationalCards } from "./national-cards";
import { ProvinceTable } from "./province-table";
import { StatusMap } from "./status-map";
import { TermsTable } from "./terms-table";

// Rendered from the database on each request that the response cache in front does not answer (decision 0016).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await getI18n(params);
  return { alternates: alternatesFor(locale, "/") };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await getI18n(params);
  // Both reads at once, both from the public cache: no reader waits on the database for this page.
  const [summary, { provinces, counts, lastMergerOn }] = await Promise.all([getPublicSummary(), listProvincesWithData()]);
  const n = (x: number) => formatNumber(x, locale);
  const countLine = lastMergerOn
    ? fill(m.home.counts, { all: n(counts.all), date: formatDate(lastMergerOn, locale), current: n(counts.current) })
    : fill(m.home.countsNoMerger, { current: n(counts.current) });
  const year = summary.year;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{m.home.title}</h1>
        <p className="max-w-3xl text-lg text-muted">{m.home.intro}</p>
        <p className="text-base">{countLine}</p>
      </header>
      {year === null ? (
        <p className="rounded-md border border-line bg-surface p-4">{m.summary.national.none}</p>
      ) : (
        <NationalCards summary={{ ...summary, year }} locale={locale} m={m} />
      )}
      <p>
        <Link href={localePath(locale, "/so-sanh")} className="font-semibold">
          {m.summary.national.compareLink} →
        </Link>
      </p>
      <TermsTable terms={summary.terms} asOfYear={summary.asOfYear} locale={locale} m={m} />
      {summary.terms.length > 0 && <StatusMap terms={summary.terms} locale={locale} m={m} />}
      <section aria-labelledby="tung-tinh" className="space-y-3">
        <h2 id="tung-tinh" className="text-2xl font-bold tracking-tight">{m.summary.provinces.title}</h2>
        {provinces.length === 0 ? (
          <p className="rounded-md border border-line bg-surface p-4">{m.home.empty}</p>
        ) : (
          <ProvinceTable provinces={provinces} locale={locale} m={m} />
        )}
      </section>
      <ApiLinks datasets={apiDatasets.provinces(m)} m={m} />
    </div>
  );
}
