// The meeting pack (decision 0035): the term's presentation as a PowerPoint file, one slide per slide of
// /tinh/{slug}/nhiem-ky/{years}/trinh-chieu — a cover, a summary, one per target — from the same reads and words,
// with native charts and the sources in each slide's speaker notes. Built with pptxgenjs, in memory.
import PptxGenJS from "pptxgenjs";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/queries/shapes";
import type { TermProgress } from "@/lib/queries/term-progress";
import { coverSlide, summarySlide, type Approved } from "./pack-covers";
import { LAYOUT } from "./pack-style";
import { targetSlide } from "./pack-target";

export const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

export interface PackInput {
  progress: TermProgress;
  approved: Approved;
  /** The source that names the term (its congress's article). */
  source: SourceRef | null;
  /** The synthetic demo's warning, on the cover; null for real figures. */
  banner: string | null;
  locale: Locale;
  m: Messages;
}

export async function meetingPack({ progress, approved, source, banner, locale, m }: PackInput): Promise<Buffer> {
  const pres = new PptxGenJS();
  pres.layout = LAYOUT;
  pres.title = fill(m.slides.title, { province: progress.province.name, years: `${progress.term.startYear}–${progress.term.endYear}` });
  pres.subject = fill(m.termFiles.pack.subject, { years: `${progress.term.startYear}–${progress.term.endYear}` });
  pres.author = "HTX Dashboard";
  pres.company = progress.province.name;
  pres.theme = { headFontFace: "Arial", bodyFontFace: "Arial" };
  const ctx = { locale, m };
  coverSlide(pres.addSlide(), { progress, approved, source, banner, ...ctx });
  summarySlide(pres.addSlide(), { progress, ...ctx });
  for (const row of progress.rows) targetSlide(pres, pres.addSlide(), { row, term: progress.term, ...ctx });
  const out = await pres.write({ outputType: "nodebuffer", compression: true });
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}
