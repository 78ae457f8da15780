// The map's figures as a table, under a <details> below it: what each tile says, with the flags of the figures it
// is made of and who is missing, for screen readers and for anyone who wants the numbers.
import Link from "next/link";
import { InheritedFlagBadges } from "@/components/flag-badges";
import { TableScroll } from "@/components/table-scroll";
import { unitValueText } from "@/lib/charts/tile-map";
import type { Status } from "@/lib/domain/achievement";
import type { TermVerdict } from "@/lib/domain/tile-scale";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { IndicatorComparison } from "@/lib/queries/compare";
import type { ProvinceName } from "@/lib/queries/compare-shapes";
import type { TermSummaryRow } from "@/lib/queries/summary";

const TH = "px-3 py-2";
const TD = "px-3 py-2 align-top";

function Frame({ caption, head, children, m }: { caption: string; head: string[]; children: React.ReactNode; m: Messages }) {
  return (
    <details className="rounded-md border border-line bg-surface">
      <summary className="cursor-pointer px-4 py-3 font-semibold text-accent">{m.map.table}</summary>
      <TableScroll label={caption}>
        <table className="stack-table w-full border-collapse text-left">
          <caption className="px-4 pt-3 pb-2 text-left text-sm text-muted">{caption}</caption>
          <thead className="bg-accent-soft text-sm">
            <tr>
              {head.map((h) => (
                <th key={h} scope="col" className={TH}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </TableScroll>
    </details>
  );
}

export function ValueTable({ data, caption, locale, m }: { data: IndicatorComparison; caption: string; locale: Locale; m: Messages }) {
  const t = m.map;
  return (
    <Frame caption={caption} head={[t.colProvince, t.colValue, t.colNotes]} m={m}>
      {data.units.map((u) => (
        <tr key={u.slug} className="border-t border-line">
          <th scope="row" className={`${TD} font-normal`}>
            <Link href={localePath(locale, `/tinh/${u.slug}`)}>{u.name}</Link>
          </th>
          <td className={`${TD} tabular`} data-label={t.colValue}>{unitValueText(u, data, locale, m)}</td>
          <td className={`${TD} text-sm`} data-label={t.colNotes}>
            {u.value && u.missing.length > 0 && <span className="block text-muted">{fill(t.missingOf, { names: u.missing.map((p) => p.name).join(", ") })}</span>}
            {u.value && <InheritedFlagBadges flags={u.flags} m={m} />}
          </td>
        </tr>
      ))}
    </Frame>
  );
}

type StatusProps = { provinces: ProvinceName[]; terms: TermSummaryRow[]; verdicts: Map<string, TermVerdict>; caption: string; locale: Locale; m: Messages };

export function StatusTable({ provinces, terms, verdicts, caption, locale, m }: StatusProps) {
  const t = m.map;
  const bySlug = new Map(terms.map((r) => [r.province.slug, r]));
  return (
    <Frame caption={caption} head={[t.colProvince, t.colTerm, t.colStatus]} m={m}>
      {provinces.map((p) => {
        const row = bySlug.get(p.slug);
        return (
          <tr key={p.slug} className="border-t border-line">
            <th scope="row" className={`${TD} font-normal`}>
              <Link href={localePath(locale, `/tinh/${p.slug}`)}>{p.name}</Link>
            </th>
            <td className={TD} data-label={t.colTerm}>
              {row ? <Link href={localePath(locale, `/tinh/${p.slug}/nhiem-ky/${row.term.years}`)}>{row.term.years.replace("-", "–")}</Link> : "—"}
            </td>
            <td className={TD} data-label={t.colStatus}>
              {t.verdicts[verdicts.get(p.slug) ?? "NO_TERM"]}
              {row && (
                <span className="block text-sm text-muted">
                  {Object.entries(row.counts).map(([s, n]) => `${m.status[s as Status]}: ${n}`).join(" · ")}
                </span>
              )}
            </td>
          </tr>
        );
      })}
    </Frame>
  );
}
