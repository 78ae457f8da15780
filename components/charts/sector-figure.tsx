// The register by sector in the shared chart frame, from lib/queries/register.ts (nationalRegisterBySector). A
// server component. An empty register says so in words instead of drawing zeros: the demo data has no register,
// and "0 cooperatives" would be a claim the data cannot make.
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import { getMessages } from "@/lib/i18n/messages";
import { UNIT_TYPES, type RegisterBySector } from "@/lib/queries/register";
import type { SourceRef } from "@/lib/queries/shapes";
import { ChartFrame, type ChartTable } from "./chart-frame";
import { SectorChart } from "./sector-chart";

export type SectorFigureProps = { id: string; data: RegisterBySector; locale: Locale; headingLevel?: 2 | 3 };

export function SectorFigure({ id, data, locale, headingLevel = 2 }: SectorFigureProps) {
  const m = getMessages(locale);
  const s = m.summary.sector;
  const n = (v: number) => formatNumber(v, locale);
  const title = data.province ? fill(s.titleProvince, { province: data.province.name, year: data.year }) : fill(s.title, { year: data.year });
  const Heading = headingLevel === 2 ? "h2" : "h3";

  if (data.total === 0) {
    return (
      <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-md border border-line bg-surface p-4 sm:p-5">
        <Heading id={`${id}-title`} className="text-xl font-semibold">{title}</Heading>
        <p className="rounded-md border border-dashed border-line bg-paper p-3 text-muted">{s.empty}</p>
      </section>
    );
  }

  const rows = data.rows.map((r) => ({ key: r.sector, label: s.sectors[r.sector], counts: r.counts, total: r.total }));
  const top = [...rows].sort((a, b) => b.total - a.total)[0];
  const summary = fill(s.summary, { total: n(data.total), top: top.label.toLowerCase(), topCount: n(top.total) });
  const types = UNIT_TYPES.filter((t) => data.totals[t] > 0);
  const table: ChartTable = {
    caption: title,
    captionHidden: true,
    columns: [{ label: s.colSector }, ...types.map((t) => ({ label: s.types[t], numeric: true })), { label: s.colTotal, numeric: true }],
    rows: [
      ...rows.map((r) => ({ key: r.key, cells: [r.label, ...types.map((t) => n(r.counts[t])), n(r.total)] })),
      { key: "total", cells: [s.colTotal, ...types.map((t) => n(data.totals[t])), n(data.total)] },
    ],
  };
  // The register is the source: there is no article behind these counts.
  const source: SourceRef = { key: "register", title: s.source, publisher: null, publishedOn: null, eventOn: null, url: null, attribution: "STATED", attributionNote: null, attributionNoteEn: null };
  return (
    <ChartFrame id={id} title={title} summary={summary} locale={locale} table={table} headingLevel={headingLevel} sources={[source]}>
      <SectorChart rows={rows} typeLabels={s.types} locale={locale} />
    </ChartFrame>
  );
}
