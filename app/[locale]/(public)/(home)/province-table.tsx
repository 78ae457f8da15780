import Link from "next/link";
import { localePath } from "@/lib/i18n/paths";
import { MergedBadge } from "@/components/merged-badge";
import { Badge, FlagBadges } from "@/components/flag-badges";
import { Figure } from "@/components/figure";
import { TableScroll } from "@/components/table-scroll";
import type { Locale } from "@/lib/domain/types";
import { periodNote } from "@/lib/format/indicator";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProvinceSummary } from "@/lib/queries/provinces";
import type { FigureValue } from "@/lib/queries/shapes";

type Props = { provinces: ProvinceSummary[]; locale: Locale; m: Messages };

export function ProvinceTable({ provinces, locale, m }: Props) {
  const h = m.home;
  const columns = [h.colCoops, h.colCoopsNew, h.colGroups, h.colMembers, h.colIncome];
  return (
    <TableScroll label={h.caption}>
      <table className="stack-table w-full min-w-[56rem] border-collapse text-left">
        <caption className="px-4 pt-3 pb-2 text-left text-sm text-muted">{h.caption}</caption>
        <thead className="bg-accent-soft text-sm">
          <tr>
            <th scope="col" className="px-4 py-2">{h.colProvince}</th>
            <th scope="col" className="px-3 py-2">{h.colYear}</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-2 text-right">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {provinces.map((p) => (
            <ProvinceRow key={p.slug} p={p} locale={locale} m={m} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ProvinceRow({ p, locale, m }: { p: ProvinceSummary; locale: Locale; m: Messages }) {
  const f = p.figures;
  const people = f.members_workers ?? f.members;
  const attributionBadge =
    p.attribution === "UNCONFIRMED" ? m.home.unconfirmedBadge : p.attribution === "INFERRED" ? m.home.inferredBadge : null;
  const h = m.home;
  const cell = (label: string, v: FigureValue | undefined, extra?: string) => <FigureCell label={label} v={v} extra={extra} place={p.name} locale={locale} m={m} />;
  return (
    <tr className="border-t border-line align-top">
      <th scope="row" className="px-4 py-3 font-normal">
        <Link href={localePath(locale, `/tinh/${p.slug}`)} className="text-lg font-semibold">
          {p.name}
        </Link>
        <span className="mt-1 flex flex-wrap gap-1">
          {p.mergedInto && <MergedBadge label={fill(m.home.mergedBadge, { name: p.mergedInto.name })} successor={p.mergedInto} locale={locale} />}
          {attributionBadge && <Badge label={attributionBadge} help={m.home.attributionHelp} tone="warn" />}
          {p.termCount > 0 && <Badge label={p.termCount === 1 ? m.home.termsOne : fill(m.home.terms, { n: p.termCount })} />}
        </span>
      </th>
      <td data-label={m.home.colYear} className="px-3 py-3">{p.latestYear ?? <span className="text-sm whitespace-nowrap text-muted">{m.home.noReport}</span>}</td>
      {cell(h.colCoops, f.coops_total)}
      {cell(h.colCoopsNew, f.coops_new)}
      {cell(h.colGroups, f.groups_total)}
      {cell(h.colMembers, people, people?.indicator.code === "members" ? m.home.membersOnly : undefined)}
      {cell(h.colIncome, f.avg_income_worker)}
    </tr>
  );
}

function FigureCell({ label, v, extra, place, locale, m }: { label: string; v?: FigureValue; extra?: string; place: string; locale: Locale; m: Messages }) {
  if (!v) {
    return (
      <td data-label={label} className="px-3 py-3 text-right text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{m.home.missing}</span>
      </td>
    );
  }
  return (
    <td data-label={label} className="px-3 py-3 text-right">
      <span className="whitespace-nowrap">
        <Figure v={v} locale={locale} m={m} place={place} />
      </span>
      {periodNote(v, m) && <span className="block text-xs text-muted">{periodNote(v, m)}</span>}
      {extra && <span className="block text-xs text-muted">{extra}</span>}
      <span className="mt-1 flex justify-end">
        <FlagBadges v={v} m={m} />
      </span>
    </td>
  );
}
