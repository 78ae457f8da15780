import Link from "next/link";
import type { Locale, Unit } from "@/lib/domain/types";
import { formatDateTime } from "@/lib/format/date-time";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { AuditRow } from "@/lib/queries/audit-log";
import { AuditChanges } from "./audit-changes";

type Props = {
  rows: AuditRow[];
  locale: Locale;
  m: Messages;
  indicators: Map<string, { nameVi: string; nameEn: string; unit: Unit }>;
  provinces: Map<number, string>;
};

export function AuditTable({ rows, locale, m, indicators, provinces }: Props) {
  const t = m.dashboard.audit;
  if (!rows.length) return <p>{t.empty}</p>;
  const ctx = { locale, m, indicators, provinces };
  const word = <K extends string>(map: Record<string, string>, k: K) => map[k] ?? k;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t.caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {[t.colTime, t.colWho, t.colWhat, t.colAction, t.colProvince, t.colReason, t.colChanges].map((c) => (
              <th key={c} scope="col" className="py-2 pr-3">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} className="border-b border-line align-top" data-testid="audit-row">
              <td className="whitespace-nowrap py-2 pr-3">
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
              </td>
              <td className="py-2 pr-3">{e.actor ? <span title={e.actor.email}>{e.actor.name}</span> : t.nobody}</td>
              <td className="py-2 pr-3">
                {e.report ? (
                  <Link prefetch={false} href={localePath(locale, `/quan-ly/bao-cao/${e.report.slug}/${e.report.year}`)}>
                    {fill(t.reportOf, { year: e.report.year })}
                  </Link>
                ) : (
                  `${word(t.entities, e.entity)} #${e.entityId}`
                )}
              </td>
              <td className="py-2 pr-3">{word(t.actions, e.action)}</td>
              <td className="py-2 pr-3">{e.province?.name ?? "—"}</td>
              <td className="max-w-xs py-2 pr-3">{e.reason ?? "—"}</td>
              <td className="py-2"><AuditChanges before={e.before} after={e.after} ctx={ctx} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
