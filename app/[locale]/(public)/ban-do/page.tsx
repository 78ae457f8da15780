// The tile map of Vietnam (decision 0034): one tile per province on a grid that keeps the country's shape, today's
// 34 or the 63 of the time (?ranh-gioi=…), coloured by an indicator and year (/so-sanh's words and reads) or by
// the current term's results (?to-mau=trang-thai), with a legend and the figures as a table. No script.
import type { Metadata } from "next";
import Link from "next/link";
import { TileMap } from "@/components/tile-map";
import { statusMap, valueMap } from "@/lib/charts/tile-map";
import { TILE_GRID } from "@/lib/domain/tile-grid";
import { indicatorName } from "@/lib/format/indicator";
import { periodLabel } from "@/lib/format/period";
import { alternatesFor } from "@/lib/i18n/alternates";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { getI18n } from "@/lib/i18n/server";
import { availablePeriods, comparableIndicators, compareIndicator } from "@/lib/queries/compare";
import { getProvinceIndex } from "@/lib/queries/province-index";
import { getPublicSummary } from "@/lib/queries/summary";
import type { Locale } from "@/lib/domain/types";
import { CompareForm } from "@/app/[locale]/(public)/so-sanh/compare-form";
import { NationalTotal } from "@/app/[locale]/(public)/so-sanh/national-total";
import { BOUNDARY_PARAMS, DEFAULT_CODE, pickCode, pickPeriod, type BoundaryParam } from "@/app/[locale]/(public)/so-sanh/params";
import { ColourField } from "./colour-field";
import { StatusTable, ValueTable } from "./map-tables";
import { parseMapParams, type ColourParam } from "./params";
import { byName } from "@/lib/domain/collation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await getI18n(params);
  return { title: m.map.title, alternates: alternatesFor(locale, "/ban-do") };
}

// Rendered per address from the database; the response cache keeps each address's answer (decision 0016).
export const dynamic = "force-dynamic";

export default async function MapPage({ params, searchParams }: Props) {
  const { locale, m } = await getI18n(params);
  const asked = parseMapParams(await searchParams);
  const askedCode = asked.code ?? DEFAULT_CODE;
  const [indicators, askedPeriods] = await Promise.all([comparableIndicators(), availablePeriods(askedCode)]);
  const code = pickCode(askedCode, indicators);
  const periods = code === askedCode ? askedPeriods : code ? await availablePeriods(code) : [];
  const { period, missing } = pickPeriod(asked, periods);
  const indicator = indicators.find((i) => i.code === code);
  const c = m.summary.compare;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{m.map.title}</h1>
        <p className="max-w-3xl text-lg text-muted">{m.map.intro}</p>
      </header>
      {code !== null && (
        <CompareForm indicators={indicators} periods={periods} code={code} period={period} boundary={asked.boundary} locale={locale} m={m} action={{ path: "/ban-do", label: m.map.form }}>
          <ColourField colour={asked.colour} m={m} />
        </CompareForm>
      )}
      {asked.colour === "chi-tieu" && missing && indicator && periods.length > 0 && (
        <p role="status" className="rounded-md border border-warn/40 bg-warn-soft p-4 text-warn">
          {fill(c.periodMissing, { indicator: indicatorName(indicator, locale), period: periodLabel(missing, m), periods: periods.map((p) => periodLabel(p, m)).join(", ") })}
        </p>
      )}
      {asked.colour === "trang-thai" ? (
        <StatusSection boundary={asked.boundary} locale={locale} m={m} />
      ) : code && period ? (
        <ValueSection code={code} period={period} boundary={asked.boundary} locale={locale} m={m} />
      ) : (
        <p className="rounded-md border border-line bg-surface p-4">{code === null ? c.noIndicators : c.noYears}</p>
      )}
      <p>
        <Link href={localePath(locale, "/trinh-chieu")} className="font-semibold">
          {m.map.present} →
        </Link>
      </p>
    </div>
  );
}

type SectionProps = { boundary: BoundaryParam; locale: Locale; m: Messages };

async function ValueSection({ code, period, boundary, locale, m }: SectionProps & { code: string; period: { from: number; to: number } }) {
  const data = await compareIndicator(code, period.to, BOUNDARY_PARAMS[boundary], period.from);
  if (!data) return null;
  const map = valueMap(data, locale, m);
  const boundaries = data.boundaries === "today" ? m.summary.boundaries.todayLong : fill(m.summary.boundaries.timeLong, { n: data.units.length });
  const title = fill(m.map.valueTitle, { indicator: indicatorName(data.indicator, locale), year: periodLabel({ from: data.fromYear, to: data.year }, m), boundaries });
  return (
    <>
      <NationalTotal data={data} locale={locale} m={m} />
      <MapSection title={title} colour="chi-tieu">
        <TileMap set={map.set} tiles={map.tiles} legend={map.legend} label={fill(m.map.mapLabel, { title })} legendTitle={m.map.legend} flaggedNote={map.flagged ? m.map.flagged : null} />
        <ValueTable data={data} caption={title} locale={locale} m={m} />
      </MapSection>
    </>
  );
}

async function StatusSection({ boundary, locale, m }: SectionProps) {
  const [summary, index] = await Promise.all([getPublicSummary(), getProvinceIndex()]);
  const set = boundary === "hien-nay" ? "34" : "63";
  const provinces = (set === "34" ? index.current : [...index.current, ...index.merged].sort(byName)).filter((p) => TILE_GRID[set].has(p.slug));
  const map = statusMap(provinces, summary.terms, set, locale, m);
  const title = fill(m.map.statusTitle, { n: provinces.length });
  return (
    <MapSection title={title} colour="trang-thai">
      <TileMap set={map.set} tiles={map.tiles} legend={map.legend} label={fill(m.map.mapLabel, { title })} legendTitle={m.map.legend} flaggedNote={null} />
      <StatusTable provinces={provinces} terms={summary.terms} verdicts={map.verdicts} caption={title} locale={locale} m={m} />
    </MapSection>
  );
}

function MapSection({ title, colour, children }: { title: string; colour: ColourParam; children: React.ReactNode }) {
  return (
    <section aria-labelledby="ban-do" className="space-y-4" data-colour={colour}>
      <h2 id="ban-do" className="text-2xl font-bold tracking-tight">{title}</h2>
      {children}
    </section>
  );
}
