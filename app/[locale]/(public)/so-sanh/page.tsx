import type { Metadata } from "next";
import { CompareFigure } from "@/components/charts/compare-figure";
import { SectorFigure } from "@/components/charts/sector-figure";
import { getI18n } from "@/lib/i18n/server";
import { availableYears, comparableIndicators, compareIndicator } from "@/lib/queries/compare";
import { nationalRegisterBySector } from "@/lib/queries/register";
import { CompareForm } from "./compare-form";
import { NationalTotal } from "./national-total";
import { BOUNDARY_PARAMS, DEFAULT_CODE, parseCompareParams, pickCode, pickYear } from "./params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await getI18n(params);
  return { title: m.summary.compare.title };
}

// Rendered per address (the query string), so never as one static page; every read still comes from the public
// cache (refreshed on approval), so no reader waits on the database.
export const dynamic = "force-dynamic";

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale, m } = await getI18n(params);
  const asked = parseCompareParams(await searchParams);
  const boundaries = BOUNDARY_PARAMS[asked.boundary];
  // Two rounds, each in parallel: what can be offered, then the figures of the choice.
  const askedCode = asked.code ?? DEFAULT_CODE;
  const [indicators, askedYears] = await Promise.all([comparableIndicators(), availableYears(askedCode)]);
  const code = pickCode(askedCode, indicators);
  const years = code === askedCode ? askedYears : code ? await availableYears(code) : [];
  const year = pickYear(asked.year, years);
  const [data, register] = await Promise.all([
    code && year !== null ? compareIndicator(code, year, boundaries) : null,
    nationalRegisterBySector(year ?? undefined),
  ]);
  const c = m.summary.compare;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{c.title}</h1>
        <p className="max-w-3xl text-lg text-muted">{c.intro}</p>
      </header>
      {code === null ? (
        <p className="rounded-md border border-line bg-surface p-4">{c.noIndicators}</p>
      ) : (
        <CompareForm indicators={indicators} years={years} code={code} year={year} boundary={asked.boundary} locale={locale} m={m} />
      )}
      {code !== null && !data && <p className="rounded-md border border-line bg-surface p-4">{c.noYears}</p>}
      {data && <NationalTotal data={data} locale={locale} m={m} />}
      {data && <CompareFigure id="so-sanh" data={data} locale={locale} />}
      <SectorFigure id="nganh" data={register} locale={locale} />
    </div>
  );
}
