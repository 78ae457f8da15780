// The meeting pack's look (decision 0035): 16:9 slides in inches, type sizes for a projected room, the charts'
// colours as the pages' CSS has them (app/globals.css), and one text helper that marks each run's language.
import type PptxGenJS from "pptxgenjs";
import type { Status } from "@/lib/domain/achievement";
import type { Locale } from "@/lib/domain/types";

/** PowerPoint's own 16:9 ("Widescreen"): 13.333 × 7.5 in. */
export const LAYOUT = "LAYOUT_WIDE";
export const WIDTH = 13.333;
export const MARGIN = 0.6;
export const INNER = WIDTH - 2 * MARGIN;

/** Arial has every Vietnamese letter on Windows, macOS and LibreOffice's metric twin (Liberation Sans). */
export const FONT = "Arial";
export const SIZE = { title: 32, cover: 44, lead: 24, body: 18, small: 14 } as const;
export const INK = "1D2731";
export const MUTED = "5B6670";

export const HEX = { met: "0072B2", notMet: "D55E00", inconclusive: "CC79A7", noData: "8A939C", target: "1D2731", expected: "B4BCC4", light: "9CC3E0" } as const;

const STATUS_HEX: Record<Status, string> = {
  EXCEEDED: HEX.met,
  ACHIEVED: HEX.met,
  ON_TRACK: HEX.met,
  NOT_MET: HEX.notMet,
  BEHIND: HEX.notMet,
  INCONCLUSIVE: HEX.inconclusive,
  NO_DATA: HEX.noData,
};
export const statusHex = (s: Status) => STATUS_HEX[s];

/** The spell-check language of a run: a source's sentence is always Vietnamese, whatever the slide's language. */
export const langTag = (locale: Locale) => (locale === "vi" ? "vi-VN" : "en-GB");

export type TextOpts = PptxGenJS.TextPropsOptions;

/** Text in the pack's font and colour, top-aligned, with the language of its words. */
export function textOpts(locale: Locale, opts: TextOpts): TextOpts {
  return { fontFace: FONT, color: INK, fontSize: SIZE.body, valign: "top", margin: 0, lang: langTag(locale), ...opts };
}
