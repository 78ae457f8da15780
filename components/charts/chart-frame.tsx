/**
 * The frame every chart sits in: a <figure> with a heading, a one-or-two-sentence summary in words, the chart,
 * the same numbers as a real table (for screen readers and for copying) and the sources. A server component.
 *
 *   <ChartFrame id="coops-2013-2018" title="…" summary="208 HTX against a target of ≈ 120 (≈ 173%)." locale={locale}
 *     table={{ caption: "…", columns: [{ label: "Chỉ tiêu" }, { label: "Kết quả", numeric: true }], rows: [{ key, cells }] }}
 *     sources={[sourceRef]}>
 *     <MyChart data={…} locale={locale} />   // a client Recharts component; leave it out when there is nothing to draw
 *   </ChartFrame>
 *
 * The chart is wrapped in role="img" labelled with the summary: a screen reader hears the sentence and then reads
 * the table, instead of walking the SVG. Without a chart, `empty` is said in its place (never an empty plot).
 * Under it, buttons save the chart as PNG or SVG and its table as CSV or XLSX, named `file` (decision 0036).
 */
import type { ReactNode } from "react";
import { SourceButton } from "@/components/figure";
import { quoteLang } from "@/lib/format/local-text";
import type { Locale } from "@/lib/domain/types";
import { getMessages } from "@/lib/i18n/messages";
import type { SourceRef } from "@/lib/queries/shapes";
import { slugify } from "@/lib/domain/slug";
import { fill } from "@/lib/i18n/fill";
import { ChartDownloads } from "./chart-downloads";
import { DataTable } from "./data-table";
import type { ChartTable } from "@/lib/charts/table";

export type { ChartTable } from "@/lib/charts/table";

export type ChartFrameProps = {
  /** Unique on the page: the heading's id is `${id}-title`. */
  id: string;
  title: string;
  summary: string;
  locale: Locale;
  table: ChartTable;
  sources?: (SourceRef | null)[];
  /** 2 when the chart is a section of its own on the page; 3 (default) inside a section. */
  headingLevel?: 2 | 3;
  /** Said instead of the chart when there is no chart to draw. */
  empty?: string;
  /** The downloaded files' name without extension, e.g. "thai-nguyen-2013-2018-htx-thanh-lap-moi"; else the title's slug. */
  file?: string;
  children?: ReactNode;
};

export function ChartFrame({ id, title, summary, locale, table, sources = [], headingLevel = 3, empty, file, children }: ChartFrameProps) {
  const m = getMessages(locale);
  const d = m.charts.download;
  const names = { png: d.pngName, svg: d.svgName, csv: d.csvName, xlsx: d.xlsxName };
  const downloadText = { label: d.label, failed: d.failed, note: d.note, names: Object.fromEntries(Object.entries(names).map(([k, v]) => [k, fill(v, { title }, locale)])) as Record<keyof typeof names, string> };
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const unique = [...new Map(sources.filter((s): s is SourceRef => !!s).map((s) => [s.key, s])).values()];
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-4 rounded-md border border-line bg-surface p-4 sm:p-5">
      <figcaption className="space-y-1">
        <Heading id={`${id}-title`} className="text-xl font-semibold">
          {title}
        </Heading>
        <p className="max-w-4xl">{summary}</p>
      </figcaption>
      {children ? (
        <div role="img" aria-label={summary} className="w-full">
          {children}
        </div>
      ) : (
        empty && <p className="rounded-md border border-dashed border-line bg-paper p-3 text-muted">{empty}</p>
      )}
      <ChartDownloads name={file ?? slugify(title)} title={title} locale={locale} picture={!!children} text={downloadText} />
      <DataTable table={table} />
      {unique.length > 0 && (
        <ul aria-label={m.charts.columns.sources} className="space-y-1 text-sm text-muted">
          {unique.map((s) => (
            <li key={s.key}>
              {m.charts.columns.sources}: <cite lang={quoteLang(locale)} className="not-italic">{s.title}</cite>
              <SourceButton source={s} quote={null} note={null} what={`${title}: ${s.title}`} locale={locale} m={m} />
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
