import Link from "next/link";
import { DashboardTable } from "@/components/dashboard/table";
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
      <DashboardTable
        caption={t.caption}
        className="text-sm"
        rowHeaders={false}
        rows={rows}
        rowKey={(e) => e.id}
        rowAttributes={() => ({ "data-testid": "audit-row" })}
        columns={[
          { header: t.colTime, className: "whitespace-nowrap", cell: (e) => <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time> },
          { header: t.colWho, cell: (e) => (e.actor ? <span title={e.actor.email}>{e.actor.name}</span> : t.nobody) },
          {
            header: t.colWhat,
            cell: (e) => e.report ? (
              <Link prefetch={false} href={localePath(locale, `/quan-ly/bao-cao/${e.report.slug}/${e.report.year}`)}>
                {fill(t.reportOf, { year: e.report.year })}
              </Link>
            ) : `${word(t.entities, e.entity)} #${e.entityId}`,
          },
          { header: t.colAction, cell: (e) => word(t.actions, e.action) },
          { header: t.colProvince, cell: (e) => e.province?.name ?? "—" },
          { header: t.colReason, className: "max-w-xs", cell: (e) => e.reason ?? "—" },
          { header: t.colChanges, cell: (e) => <AuditChanges before={e.before} after={e.after} ctx={ctx} /> },
        ]}
      />
    </div>
  );
}
