// /quan-ly/tien-do/han-nop: the due day of each year's reports. Administrators set one per year (default
// 21 December); the list shows every year set, who set it and when. Anyone else gets a refusal with the heading.
import { Refused } from "@/components/dashboard/refused";
import { DashboardTable } from "@/components/dashboard/table";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/domain/dates";
import { currentReportYear, deadlineFor } from "@/lib/domain/deadlines";
import { formatDateTime } from "@/lib/format/date-time";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { deadlineSettings } from "@/lib/queries/deadlines";
import { signedInPage, titleFrom } from "@/app/[locale]/(dashboard)/page-start";
import { boardYearParam } from "@/app/[locale]/(dashboard)/quan-ly/tien-do/board-page";
import { setDeadlineAction } from "./actions";
import { DeadlineForm } from "./deadline-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ luu?: string | string[] }> };

export const generateMetadata = titleFrom((m) => m.progressBoard.deadlines.title);

export default async function DeadlinesPage({ params, searchParams }: Props) {
  const { locale, m, actor } = await signedInPage(params, "/quan-ly/tien-do/han-nop");
  const t = m.progressBoard.deadlines;
  if (!can(actor, "deadline:set", { provinceId: null })) {
    return <Refused title={t.title} text={t.forbidden} />;
  }
  const settings = await deadlineSettings(db);
  const saved = boardYearParam([(await searchParams).luu].flat()[0]);
  const savedRow = settings.find((s) => s.year === saved);
  const year = currentReportYear();
  const defaults = { year: String(year), dueOn: formatDate(deadlineFor(year, new Map(settings.map((s) => [s.year, s.dueOn]))), "vi") };
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-muted">{t.intro}</p>
      {savedRow && <p role="status" className="rounded border border-ok p-3 text-ok">{fill(t.saved, { year: savedRow.year, date: formatDate(savedRow.dueOn, locale) })}</p>}
      <DeadlineForm action={setDeadlineAction.bind(null, locale)} defaults={defaults} t={t} />
      {settings.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DashboardTable
          caption={t.caption}
          captionVisible
          className="max-w-2xl text-sm"
          data-testid="deadline-list"
          rows={settings}
          rowKey={(s) => s.year}
          columns={[
            { header: t.colYear, bold: true, cell: (s) => s.year },
            { header: t.colDue, cell: (s) => formatDate(s.dueOn, locale) },
            { header: t.colBy, cell: (s) => s.updatedBy ?? "—" },
            { header: t.colAt, cell: (s) => formatDateTime(s.updatedAt, locale) },
          ]}
        />
      )}
      <p><a href={localePath(locale, "/quan-ly/tien-do")}>{t.back}</a></p>
    </section>
  );
}
