// The national presentation's slides (decision 0034): the cover, who has reported the latest year among today's
// 34, the national headline figures with the flags of their weakest inputs, and the tile map.
import Link from "next/link";
import styles from "@/components/slides/deck.module.css";
import { CoverHeading, Slide, slideTitleId } from "@/components/slides/slide";
import { TableScroll } from "@/components/table-scroll";
import { TileMap } from "@/components/tile-map";
import type { TileMapData } from "@/lib/charts/tile-map";
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { indicatorName } from "@/lib/format/indicator";
import { formatInterval } from "@/lib/format/plain-interval";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { PlainFlags, ProvinceName } from "@/lib/queries/compare-shapes";
import type { Headline } from "@/lib/queries/summary";

type Ctx = { locale: Locale; m: Messages };

export function NationalCover({ year, backHref, m }: { year: number | null; backHref: string } & Ctx) {
  const d = m.map.deck;
  return (
    <Slide n={1}>
      <CoverHeading kicker={d.kicker} title={d.heading} />
      <p>{year === null ? d.none : fill(d.approvedTo, { year })}</p>
      <p className="mt-auto text-muted">{m.slides.keys}</p>
      <p>
        <Link href={backHref}>← {d.back}</Link>
      </p>
    </Slide>
  );
}

const names = (list: ProvinceName[]) => list.map((p) => p.name).join(", ");

export function ReportingSlide({ year, reported, notReported, locale, m }: { year: number | null; reported: ProvinceName[]; notReported: ProvinceName[] } & Ctx) {
  const d = m.map.deck;
  const total = reported.length + notReported.length;
  return (
    <Slide n={2}>
      <h2 id={slideTitleId(2)} className="text-[1.6em] font-bold leading-tight">
        {year === null ? d.none : fill(d.reportingTitle, { year })}
      </h2>
      {year !== null && (
        <>
          <p className="text-[1.3em] font-semibold">{fill(d.reporting, { n: formatNumber(reported.length, locale), total: formatNumber(total, locale), year })}</p>
          {reported.length > 0 && <p>{fill(d.reportingNames, { names: names(reported) })}</p>}
          {notReported.length > 0 && <p className="text-muted">{fill(d.notReporting, { n: formatNumber(notReported.length, locale), names: names(notReported) })}</p>}
          <p className="mt-auto text-muted">{d.reportingNote}</p>
        </>
      )}
    </Slide>
  );
}

/** The caveats of a national figure, each with whose figure carries it ("tỉnh chưa xác nhận (Hòa Bình)"). */
function flagText(f: PlainFlags, m: Messages): string {
  const i = m.flags.inherited;
  const parts: [boolean, string, ProvinceName[]][] = [
    [f.from.unconfirmed.length > 0, i.unconfirmed, f.from.unconfirmed],
    [f.from.inferred.length > 0, i.inferred, f.from.inferred],
    [f.ambiguous, m.flags.ambiguous, f.from.ambiguous],
    [f.estimate, m.flags.estimate, f.from.estimate],
    [f.derived, m.flags.derived, f.from.derived],
  ];
  return parts.filter(([on]) => on).map(([, flag, who]) => fill(m.map.deck.flagNames, { flag, names: names(who) })).join("; ");
}

/** How many national figures a slide holds: with their caveats, four fit 1024×768 at 24 px. */
export const FIGURES_PER_SLIDE = 4;

type FiguresProps = { n: number; part: { i: number; of: number }; year: number | null; headlines: Headline[] } & Ctx;

export function FiguresSlide({ n: slide, part, year, headlines, locale, m }: FiguresProps) {
  const d = m.map.deck;
  const title = year === null ? d.none : fill(d.figuresTitle, { year }) + (part.of > 1 ? ` (${part.i}/${part.of})` : "");
  return (
    <Slide n={slide}>
      <h2 id={slideTitleId(slide)} className="text-[1.6em] font-bold leading-tight">
        {title}
      </h2>
      {year !== null && (
        // On a phone the slides are stacked at projector size: the table scrolls in its box, not the page.
        <TableScroll label={title}>
          <table className={styles.figures}>
            <caption className="sr-only">{title}</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">{d.colIndicator}</th>
                <th scope="col">{d.colValue}</th>
                <th scope="col">{d.colCoverage}</th>
                <th scope="col">{d.colFlags}</th>
              </tr>
            </thead>
            <tbody>
              {headlines.map(({ indicator, national: n }) => (
                <tr key={indicator.code}>
                  <th scope="row">{indicatorName(indicator, locale)}</th>
                  <td className="tabular">{n.value ? formatInterval(n.value, indicator.unit, locale) : "—"}</td>
                  <td className="tabular">{fill(d.coverage, { n: n.members.length - n.missing.length, total: n.members.length })}</td>
                  <td className="text-warn">{flagText(n.flags, m)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Slide>
  );
}

export function MapSlide({ n, title, map, m }: { n: number; title: string; map: TileMapData | null } & Omit<Ctx, "locale">) {
  return (
    <Slide n={n}>
      <h2 id={slideTitleId(n)} className="text-[1.2em] font-bold leading-tight">
        {title}
      </h2>
      {map ? (
        <TileMap set={map.set} tiles={map.tiles} legend={map.legend} label={fill(m.map.mapLabel, { title })} legendTitle={m.map.legend} flaggedNote={map.flagged ? m.map.flagged : null} variant="slide" />
      ) : (
        <p>{m.map.deck.none}</p>
      )}
    </Slide>
  );
}
