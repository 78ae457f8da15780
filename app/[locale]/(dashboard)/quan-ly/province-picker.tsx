// Every province for users who work across provinces: a picker (a plain GET form, works without scripts) and a
// table of how many reports of each province are in each state. Today's 34 first, then the merged ones.
import Link from "next/link";
import { DashboardTable } from "@/components/dashboard/table";
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
      <DashboardTable
        caption={t.overviewCaption}
        dense
        rows={rows}
        rowKey={(r) => r.slug}
        rowAttributes={(r) => ({ className: r.slug === selected ? "bg-accent-soft" : undefined })}
        columns={[
          {
            header: t.colProvince,
            cell: (r) => (
              <>
                <Link prefetch={false} href={href(r.slug)} aria-current={r.slug === selected ? "true" : undefined} className="underline underline-offset-2">{r.name}</Link>
                {r.validUntil && <span className="ml-2 text-sm text-muted">({t.mergedBadge})</span>}
              </>
            ),
          },
          { header: t.colDrafts, numeric: true, cell: (r) => r.counts.DRAFT || "—" },
          { header: t.colSubmitted, numeric: true, cell: (r) => r.counts.SUBMITTED || "—" },
          { header: t.colApproved, numeric: true, cell: (r) => r.counts.APPROVED || "—" },
          { header: t.colLatest, numeric: true, cell: (r) => r.latestYear ?? "—" },
        ]}
      />
    </section>
  );
}
