// One page of the register as a table, with the total count above it.
import Link from "next/link";
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { UnitRow } from "@/lib/services/register/list-units";

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
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{l.caption}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">{l.name}</th>
                <th scope="col" className="py-2 pr-3">{l.type}</th>
                <th scope="col" className="py-2 pr-3">{l.sector}</th>
                <th scope="col" className="py-2 pr-3">{l.commune}</th>
                <th scope="col" className="py-2 pr-3 text-right">{l.founded}</th>
                <th scope="col" className="py-2 pr-3 text-right">{l.members}</th>
                <th scope="col" className="py-2 pr-3 text-right">{l.workers}</th>
                <th scope="col" className="py-2 pr-3">{l.rating}</th>
                <th scope="col" className="py-2 pr-3">{l.status}</th>
                {mayEdit && <th scope="col" className="py-2"><span className="sr-only">{l.actions}</span></th>}
              </tr>
            </thead>
            <tbody>
              {list.rows.map((u) => (
                <tr key={u.id} className="border-b border-line align-top">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {u.name}
                    {u.union && <span className="block text-xs text-muted">{t.form.union}: {u.union.name}</span>}
                  </th>
                  <td className="py-1 pr-3">{t.types[u.type]}</td>
                  <td className="py-1 pr-3">{t.sectors[u.sector as keyof typeof t.sectors]}</td>
                  <td className="py-1 pr-3">{u.commune ?? "—"}</td>
                  <td className="py-1 pr-3 text-right">{u.foundedYear}</td>
                  <td className="py-1 pr-3 text-right">{n(u.members)}</td>
                  <td className="py-1 pr-3 text-right">{n(u.workers)}</td>
                  <td className="py-1 pr-3">{u.rating ? `${t.ratings[u.rating]} (${u.ratingYear})` : "—"}</td>
                  <td className="py-1 pr-3">{u.dissolvedYear === null ? l.active : <span className="text-warn">{fill(l.dissolvedIn, { year: u.dissolvedYear })}</span>}</td>
                  {mayEdit && (
                    <td className="py-1">
                      <Link href={`${base}/${u.id}`} aria-label={`${t.actions.edit}: ${u.name}`}>{t.actions.edit}</Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
