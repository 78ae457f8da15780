import type { Metadata } from "next";
import { ApiLinks, apiDatasets } from "@/components/api-links";
import { CompareFigure } from "@/components/charts/compare-figure";
import { SectorFigure } from "@/components/charts/sector-figure";
import { alternatesFor } from "@/lib/i18n/alternates";
import { getI18n } from "@/lib/i18n/server";
import { availablePeriods, comparableIndicators, compareIndicator } from "@/lib/queries/compare";
import { indicatorName } from "@/lib/format/indicator";
import { periodLabel } from "@/lib/format/period";
import { fill } from "@/lib/i18n/fill";
import { nationalRegisterBySector } from "@/lib/queries/register";
import { CompareForm } from "./compare-form";
import { NationalTotal } from "./national-total";
import { BOUNDARY_PARAMS, DEFAULT_CODE, parseCompareParams, pickCode, pickPeriod } from "./params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await getI18n(params);
  return { title: m.summary.compare.title, alternates: alternatesFor(locale, "/so-sanh") };
}

// Rendered per address (the query string) from the database; the response cache in front keeps each address's
// answer for the published generation (decision 0016).
export const dynamic = "force-dynamic";

export default async function ComparePage({ params, searchParams }: Props) {
  const { locale, m } = await getI18n(params);
  const asked = parseCompareParams(await searchParams);
  const boundaries = BOUNDARY_PARAMS[asked.boundary];
  // Two rounds, each in parallel: what can be offered, then the figures of the choice.
  const askedCode = asked.code ?? DEFAULT_CODE;
  const [indicators, askedPeriods] = await Promise.all([comparableIndicators(), availablePeriods(askedCode)]);
  const code = pickCode(askedCode, indicators);
  const periods = code === askedCode ? askedPeriods : code ? await availablePeriods(code) : [];
  // The year asked for, or none: another year is never shown in its place.
  const { period, missing } = pickPeriod(asked, periods);
  const [data, register] = await Promise.all([
    code && period ? compareIndicator(code, period.to, boundaries, period.from) : null,
    nationalRegisterBySector(asked.year ?? period?.to ?? undefined),
  ]);
  const indicator = indicators.find((i) => i.code === code);
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
        <CompareForm indicators={indicators} periods={periods} code={code} period={period} boundary={asked.boundary} locale={locale} m={m} />
      )}
      {missing && indicator && periods.length > 0 && (
        <p role="status" className="rounded-md border border-warn/40 bg-warn-soft p-4 text-warn">
          {fill(c.periodMissing, { indicator: indicatorName(indicator, locale), period: periodLabel(missing, m), periods: periods.map((p) => periodLabel(p, m)).join(", ") })}
        </p>
      )}
      {code !== null && periods.length === 0 && <p className="rounded-md border border-line bg-surface p-4">{c.noYears}</p>}
      {data && <NationalTotal data={data} locale={locale} m={m} />}
      {data && <CompareFigure id="so-sanh" data={data} locale={locale} />}
      <SectorFigure id="nganh" data={register} locale={locale} />
      <ApiLinks datasets={apiDatasets.provinces(m)} m={m} />
    </div>
  );
}
