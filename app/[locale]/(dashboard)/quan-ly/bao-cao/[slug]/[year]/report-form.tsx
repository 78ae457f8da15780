"use client";
// The yearly report form: every indicator of the catalogue in its group, checked as it is typed with the
// same rules the server applies (checkReportValues), saved as a draft after a pause or on request, and the
// workflow's steps the server allows this user.
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { formatValue } from "@/lib/domain/qualifiers";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { groupCatalogue, type FieldIssue } from "@/lib/report-form/form-state";
import { makeErrorWords, type ErrorMessages } from "@/lib/i18n/error-words";
import { reportFieldError } from "@/lib/validation/report-values";
import type { LastReported } from "@/lib/queries/last-reported";
import { ErrorSummary } from "@/components/error-summary";
import { ConflictPanel } from "./conflict-panel";
import { FieldRow } from "./field-row";
import { clockTime, SaveStatus } from "./save-status";
import { useReportDraft, type DraftArgs } from "./use-report-draft";
import { WorkflowPanel, type Allowed } from "./workflow-panel";
import type { ValueNote } from "./value-notes";
import { submitChecklist } from "@/lib/domain/submit-checklist";
import { STEP_FLAG } from "@/lib/report-form/step-flags";

/** What the draft's hook takes from the page (the report as loaded, its warnings and explanations), and more. */
export interface ReportFormProps extends Omit<DraftArgs, "messages" | "onCreated"> {
  t: Messages["reportForm"];
  /** The conflict panel's words for its choice per field. */
  conflictWords: Messages["conflicts"];
  allowed: Allowed;
  groupLabels: Record<string, string>;
  lastYear: LastReported;
  /** The errors part of the catalogue, for the problems found as the user types. */
  errorMessages: ErrorMessages;
  /** The thread's topics about each value, shown beside its field. */
  valueNotes: Record<string, ValueNote[]>;
  words: Messages["comments"];
}

export function ReportForm(p: ReportFormProps) {
  const { locale, t, catalogue } = p;
  const router = useRouter();
  const messages = useMemo(() => ({ network: t.networkError, invalid: t.workflow.fixFirst }), [t]);
  const onCreated = useCallback(() => router.refresh(), [router]);
  const draft = useReportDraft({ locale, slug: p.slug, year: p.year, userId: p.userId, version: p.version, values: p.values, updatedAt: p.updatedAt, editable: p.editable, warnings: p.warnings, explanations: p.explanations, catalogue, messages, onCreated });
  const [tried, setTried] = useState(false);

  const byCode = useMemo(() => new Map(catalogue.map((i) => [i.code, i])), [catalogue]);
  const words = useMemo(() => makeErrorWords(locale, p.errorMessages), [locale, p.errorMessages]);
  const warnings = draft.warnings;
  const warningOf = new Map(warnings.map((w) => [w.field, w]));
  const nameOf = (code: string) => byCode.get(code)?.name ?? code;
  const messageOf = (issue: FieldIssue) => (issue.kind === "parse" ? t.parse[issue.issue] : words.field(reportFieldError(issue.problem, nameOf)));
  const errorsOf = (code: string) => [...(draft.issues[code] ?? []).map(messageOf), ...(draft.serverErrors[code] ? [draft.serverErrors[code]] : [])];
  const wrong = catalogue.filter((i) => errorsOf(i.code).length > 0);
  const errorCount = wrong.length;
  const readOnly = !p.editable;
  const codes = catalogue.map((i) => i.code);
  const checklist = submitChecklist(codes, draft.values, warnings.map((w) => w.field), draft.explanations);
  // After the save that precedes a submit: the warnings of what was saved, the explanations as typed.
  const checklistNow = () => submitChecklist(codes, draft.values, draft.warningsRef.current.map((w) => w.field), draft.explanationsRef.current);

  async function prepare(step: string): Promise<string | null> {
    if (step !== "submit") return null;
    setTried(true);
    if (draft.hasIssues) return t.workflow.fixFirst;
    // What is unsaved is saved first: its answer carries the warnings to confirm.
    const failed = draft.dirty ? await draft.saveNow() : null;
    if (failed) return failed;
    return draft.versionRef.current === 0 ? t.workflow.empty : null;
  }

  return (
    <div className="space-y-5">
      {draft.restore && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded border border-warn bg-warn-soft p-3">
          <p>{fill(t.restore.text, { time: clockTime(draft.restore.savedAt) })}</p>
          <button type="button" onClick={draft.restoreDraft} className="rounded bg-accent px-3 py-1.5 font-medium text-white">{t.restore.restore}</button>
          <button type="button" onClick={draft.discardDraft} className="rounded border border-line px-3 py-1.5">{t.restore.discard}</button>
        </div>
      )}
      {draft.conflict && (
        <ConflictPanel
          conflict={draft.conflict} mine={draft.values} catalogue={catalogue} locale={locale} t={t} words={p.conflictWords} busy={draft.save.kind === "saving"}
          onResolve={draft.resolveConflict} onUseServer={draft.takeServerCopy}
        />
      )}
      {p.editable && <p className="text-sm text-muted">{t.intro}</p>}
      {tried && errorCount > 0 && (
        <ErrorSummary
          title={fill(t.errorsSummary, { n: errorCount })}
          items={wrong.map((i) => ({ id: `f-${i.code}`, text: words.named(i.name, errorsOf(i.code)[0]) }))}
        />
      )}
      <form onSubmit={(e) => { e.preventDefault(); setTried(true); if (!draft.hasIssues) void draft.saveNow(); }} className="space-y-5" noValidate>
        {groupCatalogue(catalogue).map((g) => (
          <fieldset key={g.key} className="rounded-md border border-line bg-surface">
            <legend className="px-2 text-lg font-semibold">{p.groupLabels[g.key] ?? g.key}</legend>
            {g.items.map((i) => {
              const w = warningOf.get(i.code);
              return (
                <FieldRow
                  key={i.code} indicator={i} field={draft.rows[i.code] ?? { text: "", qualifier: "EXACT", high: "" }} lastYear={p.lastYear[i.code]}
                  errors={errorsOf(i.code)} readOnly={readOnly} locale={locale} t={t} onChange={draft.setField}
                  explanation={draft.explanations[i.code] ?? ""} explain={!!w || !!draft.explanations[i.code]?.trim()} onExplain={draft.setExplanation}
                  notes={p.valueNotes[i.code] ?? []} words={p.words}
                  warning={w ? fill(t.outlier, { year: w.year, previous: formatValue(p.lastYear[i.code] ?? { value: w.previous, qualifier: "EXACT", high: null }, i.unit, locale) }) : null}
                />
              );
            })}
          </fieldset>
        ))}
        {p.editable && (
          <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-line bg-paper/95 py-3">
            <button type="submit" disabled={draft.save.kind === "saving" || !!draft.conflict} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60">
              {t.save}
            </button>
            <SaveStatus save={draft.save} dirty={draft.dirty} invalid={draft.hasIssues} version={draft.version} keptLocally={draft.keptLocally} locale={locale} t={t} />
          </div>
        )}
      </form>
      <WorkflowPanel
        allowed={p.allowed} locale={locale} slug={p.slug} year={p.year} t={t} words={p.words.checklist} version={() => draft.versionRef.current} prepare={prepare}
        checklist={checklist} checklistNow={checklistNow} nameOf={nameOf}
        // The page says the step done in its status region, from the address (?da=nop), as it does without JavaScript.
        onDone={(step) => { draft.forgetLocal(); router.replace(`?da=${STEP_FLAG[step]}`); }}
      />
    </div>
  );
}
