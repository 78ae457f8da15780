// One province's yearly reports, newest first, with the year staff are expected to report next (last year)
// shown even before its report exists. Drafts show only to those allowed, labelled for those who cannot edit.
import Link from "next/link";
import type { SignedInUser } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { formatDateTime } from "@/lib/format/date-time";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { openForYear, provinceReports, type ProvinceHead, type ReportRow } from "@/lib/queries/dashboard-reports";

type Props = { province: ProvinceHead; actor: SignedInUser; locale: Locale; m: Messages };

export async function ProvinceReports({ province, actor, locale, m }: Props) {
  const t = m.dashboard.home;
  const scope = { provinceId: province.id };
  const drafts = can(actor, "report:read-draft", scope);
  const canEdit = can(actor, "report:edit", scope);
  const all = await provinceReports(province.id);
  const reports: (ReportRow | { year: number; status: null })[] = drafts ? all : all.filter((r) => r.status === "APPROVED");
  const expected = new Date().getFullYear() - 1;
  if (!all.some((r) => r.year === expected) && openForYear(province, expected)) {
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
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{fill(t.caption, { province: province.name })}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">{t.colYear}</th>
              <th scope="col" className="py-2 pr-3">{t.colStatus}</th>
              <th scope="col" className="py-2 pr-3">{t.colVersion}</th>
              <th scope="col" className="py-2 pr-3">{t.colChanged}</th>
              <th scope="col" className="py-2">{t.colOpen}</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.year} className="border-b border-line align-top" data-testid={`report-row-${r.year}`}>
                <th scope="row" className="py-2 pr-3">{r.year}</th>
                <td className="py-2 pr-3">
                  <StatusCell row={r} labelDraft={!canEdit} m={m} />
                </td>
                <td className="py-2 pr-3">{r.status ? r.version : "—"}</td>
                <td className="py-2 pr-3">{r.status ? formatDateTime(r.updatedAt, locale) : "—"}</td>
                <td className="py-2">
                  {(r.status || canEdit) && (
                    <Link prefetch={false} href={localePath(locale, `/quan-ly/bao-cao/${province.slug}/${r.year}`)}>
                      {fill(r.status ? t.open : t.create, { year: r.year })}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
