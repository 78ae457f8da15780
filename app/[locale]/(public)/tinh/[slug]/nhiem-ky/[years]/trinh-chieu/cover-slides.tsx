// The first two slides: which province, term and congress, and how far the approved figures go; then how many
// targets stand where.
import Link from "next/link";
import { termFileHref } from "@/components/api-links";
import { statusColor } from "@/lib/charts/config";
import * as pace from "@/lib/charts/pace-text";
import { rowKey } from "@/lib/charts/percent-data";
import * as t from "@/lib/charts/progress-text";
import type { Status } from "@/lib/domain/achievement";
import { formatDate } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { TermProgress } from "@/lib/queries/term-progress";
import { termHeading } from "@/app/[locale]/(public)/tinh/[slug]/term-heading";
import styles from "@/components/slides/deck.module.css";
import { CoverHeading, Slide, slideTitleId } from "@/components/slides/slide";

type Ctx = { locale: Locale; m: Messages };

/** The latest approved year of the term and the day it was approved; null when none is. */
export type Approved = { year: number; on: string | null } | null;

export function CoverSlide({ progress, approved, backHref, locale, m }: { progress: TermProgress; approved: Approved; backHref: string } & Ctx) {
  const { province, term, rows, asOfYear } = progress;
  const running = rows.some((r) => r.running);
  const s = m.slides.cover;
  return (
    <Slide n={1}>
      <CoverHeading kicker={s.kicker} title={province.name} />
      <p className="text-[1.4em] font-semibold">{termHeading(term, m)}</p>
      <p>{approved ? fill(s.approvedOn, { year: approved.year, date: approved.on ? formatDate(approved.on, locale) : "—" }) : s.noneApproved}</p>
      {running && <p>{fill(s.running, { year: asOfYear })}</p>}
      {rows.length > 0 && <p className="font-semibold">{t.statusLine(rows, locale, m)}</p>}
      <p className="mt-auto text-muted">{m.slides.keys}</p>
      <p className="flex flex-wrap gap-x-8">
        <Link href={backHref}>← {m.slides.back}</Link>
        <a href={termFileHref(province.slug, `${term.startYear}-${term.endYear}`, "slides.pptx", locale)} download>
          {m.termFiles.pptx}
        </a>
      </p>
    </Slide>
  );
}

// The five the committee asks about first, then a running term's own two when any target has them.
const ALWAYS: Status[] = ["EXCEEDED", "ACHIEVED", "NOT_MET", "INCONCLUSIVE", "NO_DATA"];
const RUNNING: Status[] = ["ON_TRACK", "BEHIND"];
/** Beyond this many targets the list would not fit on a projected slide; each has its own slide anyway. */
const LISTED = 7;

export function SummarySlide({ progress, locale, m }: { progress: TermProgress } & Ctx) {
  const { rows, asOfYear } = progress;
  const count = (s: Status) => rows.filter((r) => r.status === s).length;
  const shown = [...RUNNING.filter((s) => count(s) > 0), ...ALWAYS];
  const paced = rows.filter(pace.isPaced);
  const s = m.slides.summary;
  return (
    <Slide n={2}>
      <h2 id={slideTitleId(2)} className="text-[1.6em] font-bold leading-tight">
        {rows.length === 1 ? s.titleOne : fill(s.title, { n: formatNumber(rows.length, locale) })}
      </h2>
      <ul className={styles.tiles}>
        {shown.map((status) => (
          <li key={status} style={{ borderLeft: `0.4em solid ${statusColor(status)}` }}>
            <strong>{formatNumber(count(status), locale)}</strong>
            {m.status[status]}
          </li>
        ))}
      </ul>
      {paced.some((r) => r.pace.status !== "NO_DATA") && <p>{pace.paceSummary(paced, asOfYear, locale, m)}</p>}
      {rows.length > 0 && rows.length <= LISTED && (
        <table className={styles.figures}>
          <caption className="sr-only">{s.caption}</caption>
          <tbody>
            {rows.map((r, i) => (
              <tr key={rowKey(r)}>
                <th scope="row">
                  <a href={`#${i + 3}`}>{t.indicatorLabel(r, locale)}</a>
                </th>
                <td>{m.status[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Slide>
  );
}
