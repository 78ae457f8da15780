// A term's presentation for the Steering Committee's meeting (decision 0032): a cover, a summary, then one slide
// per target, from the same reads and the same words as the term page. Complete HTML; deck.tsx adds the keys.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { rowKey } from "@/lib/charts/percent-data";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { getI18n } from "@/lib/i18n/server";
import { isSyntheticDatabase } from "@/lib/queries/synthetic-data";
import { termPath } from "@/app/[locale]/(public)/tinh/[slug]/term-heading";
import { lastApproved, loadTerm, termMetadata } from "@/app/[locale]/(public)/tinh/[slug]/nhiem-ky/[years]/term-data";
import { CoverSlide, SummarySlide } from "./cover-slides";
import { Deck, type DeckText } from "@/components/slides/deck";
import { TargetSlide } from "./target-slide";

type Props = { params: Promise<{ slug: string; years: string; locale: string }> };

// Rendered from the database on each request that the response cache in front does not answer (decision 0016).
export const dynamic = "force-dynamic";

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return termMetadata(params, (m) => m.slides.title, "/trinh-chieu");
}

const deckText = (m: Messages): DeckText => {
  const s = m.slides;
  return { deck: s.deck, controls: s.controls, previous: s.previous, previousShort: s.previousShort, next: s.next, nextShort: s.nextShort, fullScreen: s.fullScreen, exit: s.exit };
};

export default async function PresentationPage({ params }: Props) {
  const [{ locale, m }, data, synthetic] = await Promise.all([getI18n(params), loadTerm(params), isSyntheticDatabase()]);
  if (!data) notFound();
  const { progress, province } = data;
  const { rows, term } = progress;
  const total = rows.length + 2;
  const termHref = localePath(locale, termPath(progress.province.slug, term));
  const counters = Array.from({ length: total }, (_, i) => fill(m.slides.slideOf, { n: i + 1, total }));
  return (
    <Deck total={total} counters={counters} exitHref={termHref} text={deckText(m)} banner={synthetic ? m.synthetic.banner : null}>
      <CoverSlide progress={progress} approved={lastApproved(province.reports, term)} backHref={termHref} locale={locale} m={m} />
      <SummarySlide progress={progress} locale={locale} m={m} />
      {rows.map((row, i) => (
        <TargetSlide key={rowKey(row)} n={i + 3} row={row} term={term} locale={locale} m={m} />
      ))}
    </Deck>
  );
}
