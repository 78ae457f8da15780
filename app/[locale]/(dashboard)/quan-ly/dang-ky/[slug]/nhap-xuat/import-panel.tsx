"use client";
// Check a file, see every bad row, fix, check again, then import: the dry run first, then the commit, each with
// a progress bar for the upload and for the server's reading, checking and writing.
import { useRef, useState } from "react";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { ProblemTable, ChangesTable } from "./result-tables";
import { sendFile, type ImportOutcome, type Progress, type SendResult } from "./send-file";

type Props = {
  id: string;
  url: string;
  locale: Locale;
  t: Messages["register"]["import"];
  typeNames: Record<string, string>;
  /** Words for the finished import ({count}, {version} filled in), and where to see what it wrote. */
  doneTemplate: string;
  doneHref: string;
  doneLabel: string;
  /** What the file is for (the section's title): two panels on one page must not share a field's name. */
  fileFor: string;
};

function ProgressBar({ p, t }: { p: Progress; t: Props["t"] }) {
  const pct = p.total ? Math.round((p.done / p.total) * 100) : 0;
  const label = p.phase === "upload" ? fill(t.phases.upload, { pct: `${pct}%` }) : p.phase === "read" ? t.phases.read : fill(t.phases[p.phase], { done: p.done, total: p.total });
  return (
    <div className="space-y-1" data-testid="import-progress">
      <progress className="h-3 w-full" max={100} value={p.phase === "read" ? undefined : pct} aria-label={t.progress} />
      <p className="text-sm" aria-live="polite">{label}</p>
    </div>
  );
}

export function ImportPanel({ id, url, locale, t, typeNames, doneTemplate, doneHref, doneLabel, fileFor }: Props) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [checked, setChecked] = useState<ImportOutcome | null>(null);
  const [failed, setFailed] = useState<{ message: string; problems: ImportOutcome["problems"] } | null>(null);
  const [done, setDone] = useState<ImportOutcome | null>(null);
  const busy = progress !== null;
  const say = (r: Exclude<SendResult, { ok: true }>) => ("network" in r ? t.network : fill(t.failed, { message: locale === "vi" ? r.message : r.messageEn }));

  async function run(mode: "check" | "commit") {
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setFailed(null);
    setDone(null);
    if (mode === "check") setChecked(null);
    setProgress({ phase: "upload", done: 0, total: file.size });
    const fields: Record<string, string | Blob> = { file };
    if (mode === "commit" && checked?.version !== undefined) fields.version = String(checked.version);
    const r = await sendFile(`${url}?mode=${mode}`, fields, setProgress);
    setProgress(null);
    if (!r.ok) {
      setFailed({ message: say(r), problems: "problems" in r ? r.problems : [] });
      return;
    }
    if (mode === "check") setChecked(r.result);
    else { setDone(r.result); setChecked(null); }
  }

  const bad = checked?.problems.length ?? 0;
  const byType = checked?.byType ? Object.entries(checked.byType).filter(([, n]) => n > 0).map(([k, n]) => `${typeNames[k] ?? k}: ${n}`).join(", ") : "";
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-file`} className="block font-medium">{t.file}<span className="sr-only"> — {fileFor}</span></label>
          <input id={`${id}-file`} ref={fileRef} type="file" name="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={() => { setChecked(null); setFailed(null); setDone(null); }} className="mt-1 block" />
        </div>
        <button type="button" disabled={busy} onClick={() => run("check")} className="rounded border border-accent px-3 py-1 text-accent hover:bg-accent-soft disabled:opacity-60">{t.check}</button>
        {checked && bad === 0 && checked.valid > 0 && (
          <button type="button" disabled={busy} onClick={() => run("commit")} className="rounded border border-accent bg-accent px-3 py-1 text-white disabled:opacity-60">
            {fill(t.commit, { count: checked.valid })}
          </button>
        )}
      </div>
      {progress && <ProgressBar p={progress} t={t} />}
      {failed && <p role="alert" className="rounded border border-alert bg-alert-soft p-3 text-alert">{failed.message}</p>}
      {failed && failed.problems.length > 0 && <ProblemTable problems={failed.problems} locale={locale} t={t} />}
      {checked && (
        <div className="space-y-2" data-testid={`${id}-result`}>
          <p role="status" className={bad ? "text-alert" : "text-ok"}>
            {bad ? fill(t.summary, { rows: checked.rows, valid: checked.valid, bad }) : fill(t.summaryOk, { rows: checked.rows })}
          </p>
          {byType && <p className="text-sm">{fill(t.byType, { list: byType })}</p>}
          {bad > 0 && <ProblemTable problems={checked.problems} locale={locale} t={t} />}
          {checked.changes && <ChangesTable changes={checked.changes} locale={locale} t={t} />}
        </div>
      )}
      {done && (
        <p role="status" className="rounded border border-ok p-3 text-ok">
          {fill(doneTemplate, { count: done.created, version: done.version ?? "" })} <a href={doneHref}>{doneLabel}</a>
        </p>
      )}
    </div>
  );
}
