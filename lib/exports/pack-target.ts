// One target on one slide of the meeting pack, as the presentation's target slide (trinh-chieu/target-slide.tsx):
// its status in words, result against target with the qualifiers as written, the pace of a running term, a native
// bar chart, the sentence that set it with its source; the speaker notes list every source of its figures.
import type PptxGenJS from "pptxgenjs";
import * as pace from "@/lib/charts/pace-text";
import * as t from "@/lib/charts/progress-text";
import { targetFigureLines } from "@/lib/charts/target-figures";
import type { Locale } from "@/lib/domain/types";
import { localText } from "@/lib/format/local-text";
import { sourceDetails } from "@/lib/format/source";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";
import type { TermProgress } from "@/lib/queries/term-progress";
import { targetChart } from "./pack-chart";
import { notes, sourceLines } from "./pack-notes";
import { INNER, MARGIN, MUTED, SIZE, langTag, statusHex, textOpts } from "./pack-style";

type Ctx = { locale: Locale; m: Messages };

/** The chart sits right of the figures, from 6.9 in to the right margin. */
const CHART_X = 6.9;
const WIDTH_RIGHT = MARGIN + INNER - CHART_X;

export function targetSlide(pres: PptxGenJS, slide: PptxGenJS.Slide, { row, term, ...ctx }: { row: ProgressRow; term: TermProgress["term"] } & Ctx) {
  const { locale, m } = ctx;
  const kicker = [m.terms.kinds[row.target.kind], row.target.year !== null ? fill(m.terms.targetYear, { year: row.target.year }) : null].filter(Boolean).join(", ");
  slide.addText(row.target.derived ? `${kicker} · ${m.flags.derived}` : kicker, textOpts(locale, { x: MARGIN, y: 0.35, w: INNER, h: 0.4, color: MUTED, fontSize: SIZE.small }));
  slide.addText(t.indicatorLabel(row, locale), textOpts(locale, { x: MARGIN, y: 0.75, w: INNER, h: 0.7, bold: true, fontSize: SIZE.title }));

  const left = { x: MARGIN, w: 5.9 };
  const exceeded = t.exceededText(row, locale, m);
  const paced = pace.isPaced(row) && row.pace.status !== "NO_DATA" ? row : null;
  const reason = paced && pace.paceReasonText(paced.pace, m);
  slide.addText(
    [
      { text: "● ", options: { color: statusHex(row.status) } },
      { text: m.status[row.status], options: { bold: true } },
      ...(exceeded ? [{ text: `: ${exceeded}` }] : []),
      ...(paced ? [{ text: "", options: { breakLine: true } }, { text: `${m.slides.target.pace}: ` }, { text: pace.paceStatusText(paced.pace, locale, m), options: { bold: true } }, ...(reason ? [{ text: ` (${reason})` }] : [])] : []),
    ],
    textOpts(locale, { ...left, y: 1.6, h: paced ? 1.0 : 0.5, fontSize: SIZE.lead - 2 }),
  );
  const cell = (text: string, bold = false) => ({ text, options: { bold, fontFace: "Arial", fontSize: SIZE.body - 2, color: "1D2731", lang: langTag(locale) } });
  slide.addTable(
    targetFigureLines(row, term.endYear, locale, m).map(([label, value]) => [cell(label, true), cell(value)]),
    { ...left, y: paced ? 2.7 : 2.2, colW: [2.4, 3.5], border: { type: "solid", pt: 0.75, color: "DCDFE3" }, margin: 0.05 },
  );
  const chart = targetChart(pres, slide, row, term, ctx, { x: CHART_X, y: 1.6, w: WIDTH_RIGHT, h: 3.7 });

  const source = row.sources.find((s) => s.key === row.target.source) ?? null;
  const details = source ? sourceDetails(source, locale, m) : null;
  const note = localText(row.target.note, row.target.noteEn, locale);
  const gloss = locale === "en" ? row.target.quoteEn : null;
  const setting: PptxGenJS.TextProps[] = [];
  if (row.target.quote) setting.push({ text: `“${row.target.quote}”`, options: { italic: true, lang: langTag("vi"), breakLine: true } });
  if (gloss) setting.push({ text: `(${gloss})`, options: { breakLine: true } });
  const caption = [note?.text, details ? fill(m.slides.target.source, { title: [details.title, ...details.lines].join(", ") }) : null].filter(Boolean).join(" ");
  if (caption) setting.push({ text: caption, options: { color: MUTED, fontSize: SIZE.small, lang: langTag(note?.lang ?? locale) } });
  if (setting.length > 0) slide.addText(setting, textOpts(locale, { x: MARGIN, y: 5.5, w: INNER, h: 1.7, fontSize: SIZE.body - 2, fit: "shrink" }));

  slide.addNotes(
    notes([
      [m.termFiles.pack.sources, row.sources.flatMap((s) => sourceLines(s, locale, m))],
      [m.termFiles.pack.quote, row.target.quote ? [`“${row.target.quote}”`, ...(gloss ? [`(${gloss})`] : [])] : []],
      [m.termFiles.pack.chart, chart ? [chart] : []],
    ]),
  );
}
