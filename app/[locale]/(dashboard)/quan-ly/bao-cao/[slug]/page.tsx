// /quan-ly/bao-cao/{slug}: a province's yearly reports (drafts too, for those who may see them), and the
// years an editor can start next.
import Link from "next/link";
import { notFound } from "next/navigation";
import { DashboardTable } from "@/components/dashboard/table";
import { slugParam } from "@/lib/api/params";
import { requireActor } from "@/lib/auth/require";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/domain/dates";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { getI18n } from "@/lib/i18n/server";
import { reportYears } from "@/lib/queries/report-form";
import { yearsToCreate } from "@/lib/report-form/years";
import { reportYearRange } from "@/lib/services/reports/years";
import { stepRefusal } from "@/lib/domain/report-workflow";
import { reportSlot } from "@/lib/services/reports/workflow-checks";
import { SinglePersonApproval } from "./single-person-approval";
import { StatusBadge } from "./status-badge";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function ReportIndexPage({ params }: Props) {
  const { locale, m } = await getI18n(params);
  const raw = await params;
  const actor = await requireActor(locale, `/quan-ly/bao-cao/${raw.slug}`);
  const slug = slugParam.safeParse(raw.slug);
  if (!slug.success) notFound();
  const province = await db.province.findUnique({ where: { slug: slug.data }, select: { id: true, name: true, validUntil: true, singlePersonApproval: true } });
  if (!province) notFound();
  const scope = { provinceId: province.id };
  const reports = await reportYears(db, province.id, can(actor, "report:read-draft", scope));
  // The years this user may start a report for: the workflow's rule for a first save.
  const mayStart = (y: number) => stepRefusal("save", reportSlot(province, y), actor) === null;
  const create = yearsToCreate(reports.map((r) => r.year), reportYearRange(), mayStart);
  const t = m.reportForm;
  const i = t.index;
  const href = (y: number) => localePath(locale, `/quan-ly/bao-cao/${slug.data}/${y}`);

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">{fill(i.title, { province: province.name })}</h1>
      <div className="space-y-2" data-testid="years-to-create">
        {create.next !== null && (
          <Link href={href(create.next)} className="inline-block rounded bg-accent px-4 py-2 font-medium text-white no-underline">
            {fill(i.create, { year: create.next })}
          </Link>
        )}
        <YearLinks label={i.otherYears} years={create.later} href={href} create={i.create} />
        <YearLinks label={m.small.years.gaps} years={create.gaps} href={href} create={i.create} />
        {create.earlier.length > 0 && (
          <details className="text-sm">
            <summary className="cursor-pointer">{fill(m.small.years.earlier, { n: create.earlier.length })}</summary>
            <YearLinks years={create.earlier} href={href} create={i.create} />
          </details>
        )}
      </div>
      {reports.length === 0 ? (
        <p>{i.empty}</p>
      ) : (
        <DashboardTable
          caption={fill(i.caption, { province: province.name })}
          look="boxed"
          className="max-w-3xl rounded-md border border-line bg-surface"
          rows={reports}
          rowKey={(r) => r.year}
          columns={[
            { header: i.colYear, bold: true, cell: (r) => <Link href={href(r.year)} aria-label={fill(i.open, { year: r.year })}>{r.year}</Link> },
            { header: i.colStatus, cell: (r) => <StatusBadge status={r.status} t={t} /> },
            { header: i.colVersion, numeric: true, cell: (r) => r.version },
            { header: i.colUpdated, cell: (r) => formatDate(r.updatedAt, locale) },
          ]}
        />
      )}
      {can(actor, "province:configure", scope) && <SinglePersonApproval slug={slug.data} allowed={province.singlePersonApproval} t={i} />}
    </div>
  );
}

/** Years one may start a report for, each a link named "Tạo báo cáo năm …". */
function YearLinks({ label, years, href, create }: { label?: string; years: number[]; href: (y: number) => string; create: string }) {
  if (years.length === 0) return null;
  return (
    <p className="text-sm">
      {label && <>{label}{" "}</>}
      {years.map((y) => (
        <Link key={y} href={href(y)} className="mr-3" aria-label={fill(create, { year: y })}>{y}</Link>
      ))}
    </p>
  );
}
