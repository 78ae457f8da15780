// The national presentation for the committee of the national alliance (decision 0034): today's 34 provinces,
// who has reported the latest year, the national headline figures (the home page's) and the tile map. The same
// deck as a term's presentation (components/slides/, decision 0032): complete HTML, keys added by the script.
import type { Metadata } from "next";
import { Deck } from "@/components/slides/deck";
import { deckText } from "@/components/slides/deck-text";
import { valueMap } from "@/lib/charts/tile-map";
import { alternatesFor } from "@/lib/i18n/alternates";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { getI18n } from "@/lib/i18n/server";
import { availableYears, compareIndicator } from "@/lib/queries/compare";
import { getProvinceIndex } from "@/lib/queries/province-index";
import { getPublicSummary } from "@/lib/queries/summary";
import { isSyntheticDatabase } from "@/lib/queries/synthetic-data";
import { FIGURES_PER_SLIDE, FiguresSlide, MapSlide, NationalCover, ReportingSlide } from "./national-slides";

type Props = { params: Promise<{ locale: string }> };

// Rendered from the database on each request that the response cache in front does not answer (decision 0016).
export const dynamic = "force-dynamic";

/** The map's indicator: the number of cooperatives, the figure every province reports first. */
const MAP_CODE = "coops_total";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await getI18n(params);
  return { title: m.map.deck.title, alternates: alternatesFor(locale, "/trinh-chieu") };
}

export default async function NationalPresentationPage({ params }: Props) {
  const [{ locale, m }, summary, index, mapYears, synthetic] = await Promise.all([getI18n(params), getPublicSummary(), getProvinceIndex(), availableYears(MAP_CODE), isSyntheticDatabase()]);
  const year = summary.year;
  // A province of today has reported when it, or a province merged into it, has an approved report that year.
  const reporting = new Set(summary.provinces.reporting.map((p) => p.slug));
  const hasReported = (p: (typeof index.current)[number]) => reporting.has(p.slug) || p.absorbed.some((a) => reporting.has(a.slug));
  const reported = index.current.filter(hasReported);
  const notReported = index.current.filter((p) => !hasReported(p));
  // The map shows the latest year with cooperatives counted, up to the headline year.
  const mapYear = mapYears.find((y) => year === null || y <= year) ?? null;
  const comparison = mapYear === null ? null : await compareIndicator(MAP_CODE, mapYear, "today");
  const exitHref = localePath(locale, "/");
  // The national figures, a few per slide: cover and reporting before them, the map after.
  const parts = Array.from({ length: Math.max(1, Math.ceil(summary.headlines.length / FIGURES_PER_SLIDE)) }, (_, i) => summary.headlines.slice(i * FIGURES_PER_SLIDE, (i + 1) * FIGURES_PER_SLIDE));
  const total = parts.length + 3;
  const counters = Array.from({ length: total }, (_, i) => fill(m.slides.slideOf, { n: i + 1, total }));
  return (
    <Deck total={total} counters={counters} exitHref={exitHref} text={deckText(m)} banner={synthetic ? m.synthetic.banner : null}>
      <NationalCover year={year} backHref={exitHref} locale={locale} m={m} />
      <ReportingSlide year={year} reported={reported} notReported={notReported} locale={locale} m={m} />
      {parts.map((headlines, i) => (
        <FiguresSlide key={i} n={i + 3} part={{ i: i + 1, of: parts.length }} year={year} headlines={headlines} locale={locale} m={m} />
      ))}
      <MapSlide n={total} title={fill(m.map.deck.mapTitle, { year: mapYear ?? "—" })} map={comparison ? valueMap(comparison, locale, m) : null} m={m} />
    </Deck>
  );
}
