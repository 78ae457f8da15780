// The meeting pack's first two slides, as the presentation's (trinh-chieu/cover-slides.tsx): which province,
// term and congress and how far the approved figures go; then how many targets stand where.
import type PptxGenJS from "pptxgenjs";
import * as pace from "@/lib/charts/pace-text";
import * as t from "@/lib/charts/progress-text";
import type { Status } from "@/lib/domain/achievement";
import { formatDate } from "@/lib/domain/dates";
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { localText } from "@/lib/format/local-text";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/queries/shapes";
import type { TermProgress } from "@/lib/queries/term-progress";
import { termHeading } from "@/app/[locale]/(public)/tinh/[slug]/term-heading";
import { notes, sourceLines } from "./pack-notes";
import { HEX, INNER, MARGIN, MUTED, SIZE, statusHex, textOpts } from "./pack-style";

type Ctx = { locale: Locale; m: Messages };
export type Approved = { year: number; on: string | null } | null;

export function coverSlide(slide: PptxGenJS.Slide, { progress, approved, source, banner, locale, m }: { progress: TermProgress; approved: Approved; source: SourceRef | null; banner: string | null } & Ctx) {
  const { province, term, rows, asOfYear } = progress;
  const s = m.slides.cover;
  const at = (y: number, h: number) => ({ x: MARGIN, y, w: INNER, h });
  if (banner) slide.addText(banner, textOpts(locale, { ...at(0.3, 0.5), bold: true, color: HEX.notMet, fontSize: SIZE.body }));
  slide.addText(s.kicker, textOpts(locale, { ...at(1.2, 0.5), color: MUTED, fontSize: SIZE.lead }));
  slide.addText(province.name, textOpts(locale, { ...at(1.8, 1.0), bold: true, fontSize: SIZE.cover }));
  slide.addText(termHeading(term, m), textOpts(locale, { ...at(2.9, 0.7), bold: true, fontSize: SIZE.title - 4 }));
  const lines = [
    approved ? fill(s.approvedOn, { year: approved.year, date: approved.on ? formatDate(approved.on, locale) : "—" }) : s.noneApproved,
    rows.some((r) => r.running) ? fill(s.running, { year: asOfYear }) : null,
  ].filter((l): l is string => !!l);
  slide.addText(lines.join("\n"), textOpts(locale, { ...at(3.9, 1.2), fontSize: SIZE.lead, paraSpaceAfter: 6 }));
  if (rows.length > 0) slide.addText(t.statusLine(rows, locale, m), textOpts(locale, { ...at(5.3, 1.0), bold: true, fontSize: SIZE.lead }));
  const note = localText(term.note, term.noteEn, locale);
  slide.addNotes(notes([[m.termFiles.pack.termSource, [...(source ? sourceLines(source, locale, m) : []), ...(note ? [note.text] : [])]]]));
}

// As the presentation: the five the committee asks about first, a running term's own two when any target has them.
const ALWAYS: Status[] = ["EXCEEDED", "ACHIEVED", "NOT_MET", "INCONCLUSIVE", "NO_DATA"];
const RUNNING: Status[] = ["ON_TRACK", "BEHIND"];
const LISTED = 7;

export function summarySlide(slide: PptxGenJS.Slide, { progress, locale, m }: { progress: TermProgress } & Ctx) {
  const { rows, asOfYear } = progress;
  const s = m.slides.summary;
  const count = (st: Status) => rows.filter((r) => r.status === st).length;
  const shown = [...RUNNING.filter((st) => count(st) > 0), ...ALWAYS];
  slide.addText(rows.length === 1 ? s.titleOne : fill(s.title, { n: formatNumber(rows.length, locale) }), textOpts(locale, { x: MARGIN, y: 0.5, w: INNER, h: 0.8, bold: true, fontSize: SIZE.title }));
  const tileW = INNER / shown.length;
  shown.forEach((st, i) => {
    const x = MARGIN + i * tileW;
    slide.addShape("rect", { x, y: 1.6, w: 0.1, h: 1.3, fill: { color: statusHex(st) }, line: { color: statusHex(st) } });
    slide.addText(
      [
        { text: formatNumber(count(st), locale), options: { bold: true, fontSize: SIZE.cover, breakLine: true } },
        { text: m.status[st], options: { fontSize: SIZE.body } },
      ],
      textOpts(locale, { x: x + 0.2, y: 1.6, w: tileW - 0.3, h: 1.3 }),
    );
  });
  let y = 3.2;
  const paced = rows.filter(pace.isPaced);
  if (paced.some((r) => r.pace.status !== "NO_DATA")) {
    slide.addText(pace.paceSummary(paced, asOfYear, locale, m), textOpts(locale, { x: MARGIN, y, w: INNER, h: 0.8 }));
    y += 0.9;
  }
  if (rows.length > 0 && rows.length <= LISTED) {
    const cell = (text: string, bold = false) => ({ text, options: { bold, fontFace: "Arial", fontSize: SIZE.body, color: "1D2731" } });
    slide.addTable(
      rows.map((r) => [cell(t.indicatorLabel(r, locale), true), cell(m.status[r.status])]),
      { x: MARGIN, y, w: INNER, colW: [INNER * 0.62, INNER * 0.38], border: { type: "solid", pt: 0.75, color: "DCDFE3" }, margin: 0.06 },
    );
  }
  slide.addNotes(t.statusLine(rows, locale, m));
}
