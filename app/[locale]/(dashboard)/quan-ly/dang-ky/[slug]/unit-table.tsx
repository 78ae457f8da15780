// One page of the register as a table, with the total count above it.
import Link from "next/link";
import { DashboardTable } from "@/components/dashboard/table";
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { UnitRow } from "@/lib/queries/register-units";

type Props = { list: { rows: UnitRow[]; total: number }; filtered: boolean; mayEdit: boolean; base: string; locale: Locale; m: Messages };

export function UnitTable({ list, filtered, mayEdit, base, locale, m }: Props) {
  const t = m.register;
  const l = t.list;
  const n = (v: number | null) => (v === null ? "—" : formatNumber(v, locale));
  return (
    <section className="space-y-2" aria-labelledby="unit-count">
      <p id="unit-count" className="font-semibold" data-testid="unit-count">
        {fill(filtered ? l.totalFiltered : l.total, { total: formatNumber(list.total, locale) })}
      </p>
      {list.rows.length === 0 ? (
        <p className="rounded border border-dashed border-line bg-surface p-4">{filtered ? l.empty : l.emptyRegister}</p>
      ) : (
        <div className="overflow-x-auto">
          <DashboardTable
            caption={l.caption}
            className="text-sm"
            dense
            rows={list.rows}
            rowKey={(u) => u.id}
            columns={[
              { header: l.name, cell: (u) => <>{u.name}{u.union && <span className="block text-xs text-muted">{t.form.union}: {u.union.name}</span>}</> },
              { header: l.type, cell: (u) => t.types[u.type] },
              { header: l.sector, cell: (u) => t.sectors[u.sector as keyof typeof t.sectors] },
              { header: l.commune, cell: (u) => u.commune ?? "—" },
              { header: l.founded, numeric: true, cell: (u) => u.foundedYear },
              { header: l.members, numeric: true, cell: (u) => n(u.members) },
              { header: l.workers, numeric: true, cell: (u) => n(u.workers) },
              { header: l.rating, cell: (u) => (u.rating ? `${t.ratings[u.rating]} (${u.ratingYear})` : "—") },
              { header: l.status, cell: (u) => (u.dissolvedYear === null ? l.active : <span className="text-warn">{fill(l.dissolvedIn, { year: u.dissolvedYear })}</span>) },
              mayEdit && { header: l.actions, headerHidden: true, cell: (u) => <Link href={`${base}/${u.id}`} aria-label={`${t.actions.edit}: ${u.name}`}>{t.actions.edit}</Link> },
            ]}
          />
        </div>
      )}
    </section>
  );
}
