"use client";
// The yearly report form: every indicator of the catalogue in its group, checked as it is typed with the
// same rules the server applies (checkReportValues), saved as a draft after a pause or on request, and the
// workflow's steps the server allows this user.
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { groupCatalogue, type FieldIssue, type FormIndicator, type Values } from "@/lib/report-form/form-state";
import { problemMessage } from "@/lib/validation/messages";
import { outlierWarnings } from "@/lib/validation/report-values";
import { ConflictPanel } from "./conflict-panel";
import { FieldRow } from "./field-row";
import { clockTime, SaveStatus } from "./save-status";
import { useReportDraft } from "./use-report-draft";
import { WorkflowPanel, type Allowed } from "./workflow-panel";

export interface ReportFormProps {
  locale: Locale;
  t: Messages["reportForm"];
  slug: string;
  year: number;
  userId: number;
  version: number;
  values: Values;
  updatedAt: string | null;
  editable: boolean;
  allowed: Allowed;
  catalogue: FormIndicator[];
  groupLabels: Record<string, string>;
  lastYear: Values;
}

export function ReportForm(p: ReportFormProps) {
  const { locale, t, catalogue } = p;
  const router = useRouter();
  const messages = useMemo(() => ({ network: t.networkError, invalid: t.workflow.fixFirst }), [t]);
  const onCreated = useCallback(() => router.refresh(), [router]);
  const d = useReportDraft({ locale, slug: p.slug, year: p.year, userId: p.userId, version: p.version, values: p.values, updatedAt: p.updatedAt, editable: p.editable, catalogue, messages, onCreated });
  const [tried, setTried] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  const byCode = useMemo(() => new Map(catalogue.map((i) => [i.code, i])), [catalogue]);
  const lastNumbers = useMemo(() => Object.fromEntries(Object.entries(p.lastYear).map(([c, v]) => [c, v.value])), [p.lastYear]);
  const warnings = useMemo(() => outlierWarnings(d.values, lastNumbers, catalogue), [d.values, lastNumbers, catalogue]);
  const warningOf = new Map(warnings.map((w) => [w.field, w]));
  const nameOf = (code: string) => byCode.get(code)?.name ?? code;
  const messageOf = (issue: FieldIssue) => (issue.kind === "parse" ? t.parse[issue.issue] : problemMessage(issue.problem, locale, nameOf));
  const errorsOf = (code: string) => [...(d.issues[code] ?? []).map(messageOf), ...(d.serverErrors[code] ? [d.serverErrors[code]] : [])];
  const errorCount = new Set([...Object.keys(d.issues), ...Object.keys(d.serverErrors)]).size;
  const readOnly = !p.editable;

  async function prepare(step: string): Promise<string | null> {
    if (step !== "submit") return null;
    setTried(true);
    if (d.hasIssues) return t.workflow.fixFirst;
    if (warnings.length && !confirmed) return t.workflow.confirmFirst;
    const failed = d.dirty ? await d.saveNow() : null;
    return failed ?? (d.versionRef.current === 0 ? t.workflow.empty : null);
  }

  return (
    <div className="space-y-5">
      {d.restore && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded border border-warn bg-warn-soft p-3">
          <p>{fill(t.restore.text, { time: clockTime(d.restore.savedAt) })}</p>
          <button type="button" onClick={d.restoreDraft} className="rounded bg-accent px-3 py-1.5 font-medium text-white">{t.restore.restore}</button>
          <button type="button" onClick={d.discardDraft} className="rounded border border-line px-3 py-1.5">{t.restore.discard}</button>
        </div>
      )}
      {d.conflict && (
        <ConflictPanel
          conflict={d.conflict} mine={d.values} catalogue={catalogue} locale={locale} t={t} busy={d.save.kind === "saving"}
          onKeepMine={() => d.conflict?.current && void d.saveNow(d.conflict.current.version)}
          onUseServer={d.takeServerCopy}
        />
      )}
      {p.editable && <p className="text-sm text-muted">{t.intro}</p>}
      {tried && errorCount > 0 && <p role="alert" className="font-medium text-alert">{fill(t.errorsSummary, { n: errorCount })}</p>}
      <form onSubmit={(e) => { e.preventDefault(); setTried(true); if (!d.hasIssues) void d.saveNow(); }} className="space-y-5" noValidate>
        {groupCatalogue(catalogue).map((g) => (
          <fieldset key={g.key} className="rounded-md border border-line bg-surface">
            <legend className="px-2 text-lg font-semibold">{p.groupLabels[g.key] ?? g.key}</legend>
            {g.items.map((i) => {
              const w = warningOf.get(i.code);
              return (
                <FieldRow
                  key={i.code} indicator={i} field={d.rows[i.code] ?? { text: "", qualifier: "EXACT", high: "" }} lastYear={p.lastYear[i.code]}
                  errors={errorsOf(i.code)} readOnly={readOnly} locale={locale} t={t} onChange={d.setField}
                  warning={w ? fill(t.outlier, { previous: formatValue(p.lastYear[i.code], i.unit, locale) }) : null}
                />
              );
            })}
          </fieldset>
        ))}
        {p.editable && (
          <div className="sticky bottom-0 flex flex-wrap items-center gap-4 border-t border-line bg-paper/95 py-3">
            <button type="submit" disabled={d.save.kind === "saving" || !!d.conflict} className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60">
              {t.save}
            </button>
            <SaveStatus save={d.save} dirty={d.dirty} invalid={d.hasIssues} version={d.version} keptLocally={d.keptLocally} locale={locale} t={t} />
          </div>
        )}
      </form>
      {p.allowed.submit && warnings.length > 0 && (
        <div className="space-y-2 rounded border border-warn bg-warn-soft p-3">
          <p>{fill(t.outlierSummary, { n: warnings.length })}</p>
          <label className="flex items-center gap-2 font-medium">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t.outlierConfirm}
          </label>
        </div>
      )}
      <WorkflowPanel
        allowed={p.allowed} locale={locale} slug={p.slug} year={p.year} t={t} version={() => d.versionRef.current} prepare={prepare}
        onDone={() => { d.forgetLocal(); router.refresh(); }}
      />
    </div>
  );
}
