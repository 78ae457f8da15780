// /quan-ly/bao-cao/{slug}/{year}: a province's report for one year. Editors of the province (and
// administrators) edit a draft; approvers approve or return a submitted one; an administrator reopens an
// approved one; the committee reads any report, a draft always labelled as such. Others see approved reports
// only, and nothing at all of a draft. What this user may do now comes from the workflow's rules
// (availableTransitions), the same ones the services refuse with.
import Link from "next/link";
import { notFound } from "next/navigation";
import { slugParam, yearParam } from "@/lib/api/params";
import { requireActor } from "@/lib/auth/require";
import { can } from "@/lib/authz";
import { availableTransitions, mayReadReport, provinceOpenFor, refusal, type ReportFacts } from "@/lib/domain/report-workflow";
import { db } from "@/lib/db";
import { groupLabel } from "@/lib/format/indicator";
import { fill } from "@/lib/i18n/fill";
import { localePath } from "@/lib/i18n/paths";
import { getI18n } from "@/lib/i18n/server";
import { loadReportForm } from "@/lib/queries/report-form";
import { lastReported } from "@/lib/queries/last-reported";
import { reportYearInRange, reportYearRange } from "@/lib/services/reports/years";
import { reportSlot } from "@/lib/services/reports/workflow-checks";
import { StatusBadge } from "@/app/[locale]/(dashboard)/quan-ly/bao-cao/[slug]/status-badge";
import { outlierWarnings } from "@/lib/validation/report-values";
import { DeleteDraft } from "./delete-draft";
import { ReportForm } from "./report-form";
import { SourceSection } from "./source-section";
import { CommentThread } from "./comment-thread";
import { threadView } from "./thread-view";
import { stepFromFlag } from "@/lib/report-form/step-flags";

type Props = { params: Promise<{ locale: string; slug: string; year: string }>; searchParams: Promise<{ da?: string | string[] }> };

export default async function ReportYearPage({ params, searchParams }: Props) {
  const { locale, m } = await getI18n(params);
  const raw = await params;
  const actor = await requireActor(locale, `/quan-ly/bao-cao/${raw.slug}/${raw.year}`);
  const slug = slugParam.safeParse(raw.slug);
  const year = yearParam.safeParse(raw.year);
  if (!slug.success || !year.success) notFound();
  const t = m.reportForm;
  const data = await loadReportForm(db, slug.data, year.data);
  if (!data.province) notFound();

  const scope = { provinceId: data.province.id };
  const status = data.report?.status ?? null;
  const mayReadDrafts = can(actor, "report:read-draft", scope);
  // A draft, a submitted report, or the absence of one is itself private: those who may not see it get a 404.
  if (!mayReadReport({ provinceId: data.province.id, status }, actor)) notFound();
  // A year outside the report years has nothing to create: 404, unless a report was made before the range.
  const inRange = reportYearInRange(year.data);
  if (!inRange && status === null) notFound();
  const open = inRange && provinceOpenFor(data.province.validUntil, year.data);
  const facts: ReportFacts = { ...reportSlot(data.province, year.data), status, ...data.authors, singlePersonApproval: data.province.singlePersonApproval };
  const may = availableTransitions(facts, actor);
  const editable = may.save;
  const allowed = { submit: may.submit, approve: may.approve, return: may.return, reopen: may.reopen };
  // Four eyes: the one who submitted or last edited it does not get the approve button, and is told why.
  const fourEyes = refusal("approve", facts, actor) === "SELF_APPROVAL";
  // Each figure of the latest earlier year that has one; drafts only for those who may read them.
  const previous = await lastReported(db, data.province.id, year.data, { approvedOnly: !mayReadDrafts });
  const catalogue = data.catalogue.map((i) => ({ code: i.code, name: locale === "vi" ? i.nameVi : i.nameEn, unit: i.unit, kind: i.kind, partOfCode: i.partOfCode, groupKey: i.groupKey }));
  const groupLabels = Object.fromEntries([...new Set(catalogue.map((i) => i.groupKey))].map((k) => [k, groupLabel(k, m)]));
  const provinceName = data.province.name;
  // The thread: for those who may read the province's drafts (they may write in it), never for the public.
  const thread = mayReadDrafts && data.report ? await threadView(db, { reportId: data.report.id, actor, provinceId: data.province.id, locale, someone: m.comments.thread.someone }) : null;
  // The step just taken (?da=nop after a submit), said in a status region that stays (decision 0039).
  const done = stepFromFlag((await searchParams).da);

  return (
    <div className="space-y-5">
      <Link href={localePath(locale, `/quan-ly/bao-cao/${slug.data}`)} className="text-sm">
        {fill(t.backToIndex, { province: provinceName })}
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {fill(t.title, { year: year.data })} <span className="font-normal text-muted">— {provinceName}</span>
        </h1>
        <p className="flex flex-wrap items-center gap-3">
          <span className="sr-only">{t.statusLabel}:</span>
          <StatusBadge status={status} t={t} />
          {data.report && !editable && <span className="text-sm text-muted">{fill(t.version, { version: data.report.version })}</span>}
        </p>
        <p role="status" aria-live="polite" data-testid="workflow-confirmation" className={done ? "rounded border-2 border-ok bg-surface p-3 font-medium text-ok" : undefined}>
          {done ? fill(m.comments.done[done], { year: year.data }) : null}
        </p>
      </header>
      {status !== "APPROVED" && status !== null && !editable && (
        <p role="note" className="rounded border-2 border-warn bg-warn-soft p-3 text-lg font-bold text-warn" data-testid="not-approved-label">
          {t.notApproved} <span className="block text-base font-normal">{t.notApprovedHelp}</span>
        </p>
      )}
      {/* A report returned before the thread existed has its comment only here. */}
      {status === "DRAFT" && data.report?.returnComment && !thread?.hasReturnComment && (
        <p role="note" className="rounded border-2 border-alert bg-alert-soft p-3 font-medium text-alert">{fill(t.returned, { comment: data.report.returnComment })}</p>
      )}
      {status === "SUBMITTED" && <p className="text-muted">{t.submittedNote}</p>}
      {status === "APPROVED" && <p className="text-muted">{t.lockedNote}</p>}
      {!inRange && <p role="note" className="text-muted">{fill(t.yearOutOfRange, { year: year.data, ...reportYearRange() })}</p>}
      {inRange && !open && <p className="text-muted">{fill(t.closedNote, { year: year.data })}</p>}
      {fourEyes && <p role="note" className="text-muted">{t.fourEyesNote}</p>}
      {status === null && !editable ? (
        <p>{fill(t.noReport, { year: year.data, province: provinceName })}</p>
      ) : (
        <>
          {status === null && <p>{fill(t.newReport, { year: year.data })}</p>}
          {!editable && status === "DRAFT" && <p className="text-muted">{t.readOnlyNote}</p>}
          {thread && <CommentThread slug={slug.data} year={year.data} locale={locale} t={m.comments.thread} topics={thread.topics} names={catalogue.map((i) => [i.code, i.name])} />}
          <ReportForm
            // A new form after each workflow step (the step changes the status); the first save of a new report
            // only refreshes the header around the form, which keeps what is being typed.
            key={status === "SUBMITTED" || status === "APPROVED" ? status : "DRAFT"}
            locale={locale} t={t} conflictWords={m.conflicts} slug={slug.data} year={year.data} userId={actor.id}
            version={data.report?.version ?? 0} values={data.values} updatedAt={data.report?.updatedAt ?? null}
            editable={editable} allowed={allowed} catalogue={catalogue} groupLabels={groupLabels} lastYear={previous}
            warnings={outlierWarnings(data.values, previous, data.catalogue)} errorMessages={m.errors}
            explanations={data.explanations} valueNotes={thread?.valueNotes ?? {}} words={m.comments}
          />
          <SourceSection locale={locale} m={m} slug={slug.data} year={year.data} reportId={data.report?.id ?? null} status={status} editable={editable} />
          {may.delete && <DeleteDraft locale={locale} slug={slug.data} year={year.data} t={t.deleteDraft} />}
        </>
      )}
    </div>
  );
}
