import type { Metadata } from "next";
import Link from "next/link";
import { ApiLinks, apiDatasets } from "@/components/api-links";
import { formatDate } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/domain/numbers";
import { alternatesFor } from "@/lib/i18n/alternates";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { getI18n } from "@/lib/i18n/server";
import { getProvinceIndex } from "@/lib/queries/province-index";
import { IndexSection } from "./index-list";
import { ProvinceSearch } from "./province-search";
import { matches, queryParam } from "./search";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered per address (?q=…); the response cache in front keeps each answer.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await getI18n(params);
  return { title: m.find.index.title, alternates: alternatesFor(locale, "/tinh") };
}

export default async function ProvinceIndexPage({ params, searchParams }: Props) {
  const [{ locale, m }, index, q] = await Promise.all([getI18n(params), getProvinceIndex(), searchParams.then((s) => queryParam(s.q))]);
  const t = m.find.index;
  const { current, merged, lastMergerOn } = index;
  const n = (x: number) => formatNumber(x, locale);
  const date = lastMergerOn ? formatDate(lastMergerOn, locale) : "";
  const all = current.length + merged.length;
  const shown = [...current, ...merged].filter((e) => matches(e, q)).length;
  const status = q === "" ? "" : shown === 0 ? fill(t.noResults, { q }) : fill(t.results, { n: n(shown), q });

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
        <p className="max-w-3xl text-lg text-muted">
          {lastMergerOn ? fill(t.intro, { current: n(current.length), all: n(all), date }) : fill(t.introNoMerger, { current: n(current.length) })}
        </p>
        <ProvinceSearch
          q={q}
          status={status}
          listId="danh-sach-tinh"
          text={{ label: t.searchLabel, hint: t.searchHint, button: t.searchButton, results: t.results, noResults: t.noResults }}
        />
        {q !== "" && (
          <p>
            <Link href={localePath(locale, "/tinh")}>{t.clear}</Link>
          </p>
        )}
      </header>
      <div id="danh-sach-tinh" className="space-y-10">
        <IndexSection id="hien-nay" title={fill(t.currentTitle, { n: n(current.length) })} entries={current} q={q} locale={locale} m={m} />
        {merged.length > 0 && (
          <IndexSection
            id="da-sap-nhap"
            title={fill(t.formerTitle, { date })}
            note={fill(t.formerNote, { date, all: n(all) })}
            entries={merged}
            q={q}
            locale={locale}
            m={m}
          />
        )}
      </div>
      <ApiLinks datasets={apiDatasets.provinces(m)} m={m} />
    </div>
  );
}
