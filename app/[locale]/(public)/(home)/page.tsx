import { formatDate } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/domain/numbers";
import { fill } from "@/lib/i18n/fill";
import { getI18n } from "@/lib/i18n/server";
import { listProvincesWithData } from "@/lib/queries/provinces";
import { ProvinceTable } from "./province-table";

export const revalidate = 3600; // a safety net: approving a report refreshes the cache at once

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await getI18n(params);
  const { provinces, counts, lastMergerOn } = await listProvincesWithData();
  const n = (x: number) => formatNumber(x, locale);
  const countLine = lastMergerOn
    ? fill(m.home.counts, { all: n(counts.all), date: formatDate(lastMergerOn, locale), current: n(counts.current) })
    : fill(m.home.countsNoMerger, { current: n(counts.current) });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{m.home.title}</h1>
        <p className="max-w-3xl text-lg text-muted">{m.home.intro}</p>
        <p className="text-base">{countLine}</p>
      </header>
      {provinces.length === 0 ? (
        <p className="rounded-md border border-line bg-surface p-4">{m.home.empty}</p>
      ) : (
        <ProvinceTable provinces={provinces} locale={locale} m={m} />
      )}
    </div>
  );
}
