// A target's chart on its meeting-pack slide, as a native PowerPoint bar chart (editable in the meeting): the
// result as % of its target beside the target's 100% (and a running term's expectation), as the web chart draws
// it; a yearly target's years in its own unit beside the target. Bars from zero. Returns the chart's summary in
// words (its alt text and a line of the notes), or null where there is nothing to draw.
import type PptxGenJS from "pptxgenjs";
import { annualData, annualSummary } from "@/lib/charts/annual-data";
import { overviewSummary, percentData } from "@/lib/charts/percent-data";
import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";
import type { TermProgress } from "@/lib/queries/term-progress";
import { FONT, HEX, INK, MUTED, SIZE, langTag, statusHex, textOpts } from "./pack-style";

type Ctx = { locale: Locale; m: Messages };
type Box = { x: number; y: number; w: number; h: number };
type Series = { name: string; values: (number | null)[]; color: string };

const round1 = (v: number) => Math.round(v * 10) / 10;

function chartOpts(locale: Locale, box: Box, series: Series[], alt: string, percent: boolean): PptxGenJS.IChartOpts {
  return {
    ...box,
    barDir: "col",
    barGrouping: "clustered",
    chartColors: series.map((s) => s.color),
    valAxisMinVal: 0,
    valAxisLabelFormatCode: percent ? '0"%"' : "#,##0.##",
    valAxisLabelFontSize: SIZE.small,
    valAxisLabelColor: MUTED,
    catAxisLabelFontSize: SIZE.small,
    catAxisLabelColor: INK,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontFace: FONT,
    showValue: true,
    dataLabelFormatCode: percent ? '0"%"' : "#,##0.##",
    dataLabelFontSize: SIZE.small,
    dataLabelFontFace: FONT,
    dataLabelPosition: "outEnd",
    showLegend: true,
    legendPos: "b",
    legendFontSize: SIZE.small,
    legendFontFace: FONT,
    lang: langTag(locale),
    altText: alt,
  };
}

/** pptxgenjs writes a missing value as an empty point (a gap), never as zero. */
const data = (labels: string[], series: Series[]) => series.map((s) => ({ name: s.name, labels, values: s.values as number[] }));

export function targetChart(pres: PptxGenJS, slide: PptxGenJS.Slide, row: ProgressRow, term: TermProgress["term"], { locale, m }: Ctx, box: Box): string | null {
  const words = m.termFiles.pack;
  const none = (text: string) => {
    slide.addText(text, textOpts(locale, { ...box, color: MUTED, valign: "middle" }));
    return null;
  };
  if (row.target.kind === "ANNUAL") {
    const chart = annualData(row, term, locale, m);
    if (!chart.data.some((d) => d.low !== null)) return none(m.charts.annual.noBars);
    const series: Series[] = [
      { name: words.result, values: chart.data.map((d) => d.low), color: HEX.met },
      { name: words.target, values: chart.data.map(() => chart.min), color: HEX.target },
    ];
    const alt = annualSummary(row, chart, locale, m);
    slide.addChart(pres.ChartType.bar, data(chart.data.map((d) => d.year), series), chartOpts(locale, box, series, alt, false));
    return alt;
  }
  const [d] = percentData([row], locale, m, { progress: row.running });
  if (d.low === null) return none(m.charts.overview.noResults);
  const series: Series[] = [
    { name: words.result, values: [round1(d.low)], color: statusHex(row.status) },
    ...(d.high !== null && d.high > d.low ? [{ name: words.resultHigh, values: [round1(d.high)], color: HEX.light }] : []),
    ...(d.expected !== null ? [{ name: words.expected, values: [round1(d.expected)], color: HEX.expected }] : []),
    { name: words.target, values: [100], color: HEX.target },
  ];
  const alt = overviewSummary([row], locale, m);
  slide.addChart(pres.ChartType.bar, data([m.charts.percentOfTarget], series), chartOpts(locale, box, series, alt, true));
  return alt;
}
