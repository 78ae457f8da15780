"use client";
// The form's memory: what the user typed, the server version it is based on, the copy kept in this browser,
// the pause-then-save to the server, and a conflict when someone else saved first. A failed save never
// touches what was typed.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Locale } from "@/lib/domain/types";
import { EMPTY_FIELD, readForm, sameState, stateFromValues, type FieldState, type FormIndicator, type FormState, type Values } from "@/lib/report-form/form-state";
import { clearDraft, draftKey, readDraft, shouldOfferRestore, writeDraft, type LocalDraft } from "@/lib/report-form/local-draft";
import { changedCodes } from "@/lib/services/reports/snapshot";
import type { ActionFailure, SaveResult } from "./action-result";
import { saveReportDraft } from "./actions";

const AUTOSAVE_MS = 3000;

export interface DraftArgs {
  locale: Locale;
  slug: string;
  year: number;
  userId: number;
  version: number;
  values: Values;
  updatedAt: string | null;
  editable: boolean;
  catalogue: FormIndicator[];
  /** Words for a save that never reached the server, and for one refused here because fields are invalid. */
  messages: { network: string; invalid: string };
  /** After the first save made the report: the page's header (status, workflow) can now show it. */
  onCreated: () => void;
}

export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: number } | { kind: "failed"; message: string };

function browserStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useReportDraft(a: DraftArgs) {
  const key = draftKey(a.slug, a.year, a.userId);
  const [rows, setRows] = useState<FormState>(() => stateFromValues(a.values, a.locale));
  const [version, setVersion] = useState(a.version);
  const [savedValues, setSavedValues] = useState<Values>(a.values);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [conflict, setConflict] = useState<ActionFailure | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [restore, setRestore] = useState<LocalDraft | null>(null);
  const [keptLocally, setKeptLocally] = useState<boolean | null>(null);

  // Timers and the save itself read the latest state through refs, not through stale closures.
  const rowsRef = useRef(rows);
  const versionRef = useRef(version);
  const touched = useRef(false);
  const flight = useRef<Promise<SaveResult> | null>(null);
  const savedRef = useRef(savedValues);
  const failedRows = useRef<FormState | null>(null);
  rowsRef.current = rows;
  versionRef.current = version;

  const form = useMemo(() => readForm(rows, a.catalogue, a.locale), [rows, a.catalogue, a.locale]);
  const hasIssues = Object.keys(form.issues).length > 0;
  const dirty = hasIssues || changedCodes(savedValues, form.values).length > 0;

  // On opening: offer back what this browser holds if the server does not have it.
  useEffect(() => {
    const draft = readDraft(browserStore(), key);
    const server = { version: a.version, updatedAt: a.updatedAt ? Date.parse(a.updatedAt) : null, state: stateFromValues(a.values, a.locale) };
    if (a.editable && shouldOfferRestore(draft, server)) setRestore(draft);
    else if (draft && sameState(draft.state, server.state)) clearDraft(browserStore(), key);
    // Only on opening: later changes of these props come from this hook's own saves.
  }, []);

  // Every change the user makes is kept in this browser at once.
  useEffect(() => {
    if (!touched.current) return;
    setKeptLocally(writeDraft(browserStore(), key, { savedAt: Date.now(), baseVersion: versionRef.current, state: rows }));
  }, [rows, key]);

  const setField = useCallback((code: string, patch: Partial<FieldState>) => {
    touched.current = true;
    setServerErrors((e) => (code in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== code)) : e));
    setRows((prev) => ({ ...prev, [code]: { ...(prev[code] ?? EMPTY_FIELD), ...patch } }));
  }, []);

  /** Saves what is typed now; null when saved, else why not (the form keeps every input either way). */
  const saveNow = useCallback(async (baseVersion?: number): Promise<string | null> => {
    // One save at a time: a click during an autosave waits for it, then sends what is new since.
    while (flight.current) await flight.current;
    const sent = rowsRef.current;
    const { values, issues } = readForm(sent, a.catalogue, a.locale);
    if (Object.keys(issues).length) return a.messages.invalid;
    if (baseVersion === undefined && !changedCodes(savedRef.current, values).length) return null;
    const request = saveReportDraft({ locale: a.locale, slug: a.slug, year: a.year, version: baseVersion ?? versionRef.current, values })
      .catch((): SaveResult => ({ ok: false, code: "NETWORK", message: a.messages.network, fields: [], current: null, changes: [] }));
    flight.current = request;
    setSave({ kind: "saving" });
    const r = await request.finally(() => (flight.current = null));
    if (!r.ok) {
      failedRows.current = sent;
      if (r.code === "CONFLICT") setConflict(r);
      setServerErrors(Object.fromEntries(r.fields.map((f) => [f.field, f.message])));
      setSave({ kind: "failed", message: r.message });
      return r.message;
    }
    const created = versionRef.current === 0;
    versionRef.current = r.report.version;
    savedRef.current = values;
    setVersion(r.report.version);
    setSavedValues(values);
    setConflict(null);
    setServerErrors({});
    setSave({ kind: "saved", at: Date.now() });
    // What was typed while the save travelled stays in the browser, now based on the new version.
    if (sameState(rowsRef.current, sent)) clearDraft(browserStore(), key);
    else writeDraft(browserStore(), key, { savedAt: Date.now(), baseVersion: r.report.version, state: rowsRef.current });
    if (created) a.onCreated();
    return null;
  }, [a.catalogue, a.locale, a.slug, a.year, a.messages, a.onCreated, key]);

  // Save to the server after a pause in typing, while there is something valid and new to save.
  useEffect(() => {
    if (!a.editable || !dirty || hasIssues || conflict || restore || save.kind === "saving" || failedRows.current === rows) return;
    const t = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [a.editable, dirty, hasIssues, conflict, restore, save.kind, rows, saveNow]);

  const takeServerCopy = useCallback(() => {
    if (!conflict?.current) return;
    touched.current = false;
    setRows(stateFromValues(conflict.current.values, a.locale));
    setSavedValues(conflict.current.values);
    savedRef.current = conflict.current.values;
    versionRef.current = conflict.current.version;
    setVersion(conflict.current.version);
    setConflict(null);
    setSave({ kind: "idle" });
    clearDraft(browserStore(), key);
  }, [conflict, a.locale, key]);

  const restoreDraft = useCallback(() => {
    if (!restore) return;
    touched.current = true;
    // Typed on an older version than the server's: saving will show the conflict rather than overwrite.
    const base = Math.min(restore.baseVersion, versionRef.current);
    versionRef.current = base;
    setVersion(base);
    setRows(restore.state);
    setRestore(null);
  }, [restore]);

  const discardDraft = useCallback(() => {
    clearDraft(browserStore(), key);
    setRestore(null);
  }, [key]);

  const forgetLocal = useCallback(() => clearDraft(browserStore(), key), [key]);

  return {
    rows, values: form.values, issues: form.issues, hasIssues, dirty, version, versionRef, save, conflict, serverErrors,
    restore, keptLocally, setField, saveNow, takeServerCopy, restoreDraft, discardDraft, forgetLocal,
  };
}
