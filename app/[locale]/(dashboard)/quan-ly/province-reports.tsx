// One province's yearly reports, newest first, with the year staff are expected to report next (last year)
// shown even before its report exists. Drafts show only to those allowed, labelled for those who cannot edit.
import Link from "next/link";
import { DashboardTable } from "@/components/dashboard/table";
import type { SignedInUser } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { formatDateTime } from "@/lib/format/date-time";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { provinceOpenFor } from "@/lib/domain/report-workflow";
import { provinceReports, type ProvinceHead, type ReportRow } from "@/lib/queries/dashboard-reports";

type Props = { province: ProvinceHead; actor: SignedInUser; locale: Locale; m: Messages };

export async function ProvinceReports({ province, actor, locale, m }: Props) {
  const t = m.dashboard.home;
  const scope = { provinceId: province.id };
  const drafts = can(actor, "report:read-draft", scope);
  const canEdit = can(actor, "report:edit", scope);
  const all = await provinceReports(province.id);
  const reports: (ReportRow | { year: number; status: null })[] = drafts ? all : all.filter((r) => r.status === "APPROVED");
  const expected = new Date().getFullYear() - 1;
  if (!all.some((r) => r.year === expected) && provinceOpenFor(province.validUntil, expected)) {
    reports.unshift({ year: expected, status: null });
  }
  const path = (p: string) => localePath(locale, `${p}/${province.slug}`);

  return (
    <div className="space-y-3">
      <p className="flex flex-wrap gap-4">
        <Link prefetch={false} href={path("/quan-ly/dang-ky")}>{t.register}</Link>
        <Link prefetch={false} href={path("/quan-ly/muc-tieu")}>{t.targets}</Link>
      </p>
      {province.mergedInto && (
        <p className="text-muted">
          {fill(t.merged, { province: province.name, successor: province.mergedInto.name, date: formatDate(province.mergedInto.effectiveDate, locale) })}
        </p>
      )}
      {reports.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <DashboardTable
          caption={fill(t.caption, { province: province.name })}
          rows={reports}
          rowKey={(r) => r.year}
          rowAttributes={(r) => ({ "data-testid": `report-row-${r.year}` })}
          columns={[
            { header: t.colYear, bold: true, cell: (r) => r.year },
            { header: t.colStatus, cell: (r) => <StatusCell row={r} labelDraft={!canEdit} m={m} /> },
            { header: t.colVersion, cell: (r) => (r.status ? r.version : "—") },
            { header: t.colChanged, cell: (r) => (r.status ? formatDateTime(r.updatedAt, locale) : "—") },
            {
              header: t.colOpen,
              cell: (r) => (r.status || canEdit) && (
                <Link prefetch={false} href={localePath(locale, `/quan-ly/bao-cao/${province.slug}/${r.year}`)}>
                  {fill(r.status ? t.open : t.create, { year: r.year })}
                </Link>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}

function StatusCell({ row, labelDraft, m }: { row: ReportRow | { status: null }; labelDraft: boolean; m: Messages }) {
  const s = m.dashboard.status;
  if (!row.status) return <span className="text-muted">{s.NONE}</span>;
  return (
    <>
      <span className={row.status === "APPROVED" ? "text-ok" : undefined}>{s[row.status]}</span>
      {labelDraft && row.status !== "APPROVED" && (
        <strong className="ml-2 rounded bg-warn-soft px-2 py-0.5 text-sm text-warn">{s.draftWarning}</strong>
      )}
      {row.status === "DRAFT" && row.returnComment && (
        <p className="mt-1 text-sm text-alert">{fill(s.returned, { comment: row.returnComment })}</p>
      )}
    </>
  );
}
