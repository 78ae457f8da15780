// The label and value lines of a target's figures on a slide, the presentation's and the PPTX's alike: only those
// the row has, with qualifiers as written ("≈ 120", "trên 200.000"), and a running term's pace.
import * as pace from "@/lib/charts/pace-text";
import * as t from "@/lib/charts/progress-text";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";

/** `end` is the term's last year, which the projection names. */
export function targetFigureLines(row: ProgressRow, end: number, locale: Locale, m: Messages): [string, string][] {
  const c = m.charts.columns;
  const p = m.charts.pace.columns;
  const paced = pace.isPaced(row) && row.pace.status !== "NO_DATA" ? row : null;
  const lines: [string, string | null][] = [
    [c.target, t.targetText(row, locale, m)],
    [c.result, t.resultText(row, locale) ?? t.lowerFirst(m.status.NO_DATA, locale)],
    [m.slides.target.basis, t.basisNote(row, m)],
    [c.achievement, t.achievementText(row, locale)],
    [c.expected, row.running ? t.expectedText(row, locale) : null],
    [p.soFar, paced && pace.soFarText(paced, locale, m)],
    [p.needed, paced && pace.neededText(paced, locale, m)],
    [fill(p.projection, { end }), paced && pace.projectionText(paced, locale, m)],
  ];
  return lines.filter((l): l is [string, string] => !!l[1]);
}
