// Every province for users who work across provinces: a picker (a plain GET form, works without scripts) and a
// table of how many reports of each province are in each state. Today's 34 first, then the merged ones.
import Link from "next/link";
import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { ProvinceStatusRow } from "@/lib/queries/dashboard-reports";

type Props = { rows: ProvinceStatusRow[]; selected: string | null; locale: Locale; m: Messages };

export function ProvincePicker({ rows, selected, locale, m }: Props) {
  const t = m.dashboard.home;
  const current = rows.filter((r) => r.validUntil === null);
  const merged = rows.filter((r) => r.validUntil !== null);
  const href = (slug: string) => `${localePath(locale, "/quan-ly")}?tinh=${encodeURIComponent(slug)}`;
  return (
    <section className="space-y-4" aria-labelledby="province-picker">
      <h2 id="province-picker" className="text-xl font-bold">{t.pickerTitle}</h2>
      <form method="get" action={localePath(locale, "/quan-ly")} className="flex flex-wrap items-end gap-2">
        <label className="block">
          <span className="block font-medium">{t.pickerLabel}</span>
          <select name="tinh" defaultValue={selected ?? ""} className="mt-1 rounded border border-line bg-surface px-2 py-1">
            <optgroup label={t.pickerCurrent}>
              {current.map((r) => <option key={r.slug} value={r.slug}>{r.name}</option>)}
            </optgroup>
            <optgroup label={t.pickerMerged}>
              {merged.map((r) => <option key={r.slug} value={r.slug}>{r.name}</option>)}
            </optgroup>
          </select>
        </label>
        <button type="submit" className="rounded border border-line bg-surface px-3 py-1 hover:bg-accent-soft">{t.pickerSubmit}</button>
      </form>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t.overviewCaption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">{t.colProvince}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t.colDrafts}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t.colSubmitted}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t.colApproved}</th>
            <th scope="col" className="py-2 text-right">{t.colLatest}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} className={`border-b border-line ${r.slug === selected ? "bg-accent-soft" : ""}`}>
              <th scope="row" className="py-1 pr-3 font-normal">
                <Link prefetch={false} href={href(r.slug)} aria-current={r.slug === selected ? "true" : undefined}>{r.name}</Link>
                {r.validUntil && <span className="ml-2 text-sm text-muted">({t.mergedBadge})</span>}
              </th>
              <td className="py-1 pr-3 text-right">{r.counts.DRAFT || "—"}</td>
              <td className="py-1 pr-3 text-right">{r.counts.SUBMITTED || "—"}</td>
              <td className="py-1 pr-3 text-right">{r.counts.APPROVED || "—"}</td>
              <td className="py-1 text-right">{r.latestYear ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
