"use client";
// The form's memory: what the user typed, the server version it is based on, the copy kept in this browser,
// the pause-then-save to the server, and a conflict when someone else saved first. A failed save never
// touches what was typed.
import { useCallback, useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Locale } from "@/lib/domain/types";
import { EMPTY_FIELD, readForm, sameState, stateFromValues, type FieldState, type FormIndicator, type FormState, type Values } from "@/lib/report-form/form-state";
import { clearDraft, draftKey, readDraft, shouldOfferRestore, writeDraft, type LocalDraft } from "@/lib/report-form/local-draft";
import { changedCodes } from "@/lib/domain/changed-codes";
import { resolveConflicts, type Choice } from "@/lib/report-form/merge";
import { localFailure, type ActionFailure } from "@/lib/actions/result";
import type { OutlierWarning } from "@/lib/validation/report-values";
import { saveReportDraft, type SaveResult } from "./actions";

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
  /** The server's outlier warnings for the values as loaded; each save answers with those of what it saved. */
  warnings: OutlierWarning[];
  /** Why each warned value is kept, as stored (decision 0039); saved with the values. */
  explanations: Record<string, string>;
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

export function useReportDraft(args: DraftArgs) {
  const key = draftKey(args.slug, args.year, args.userId);
  const { onCreated } = args;
  const [rows, setRows] = useState<FormState>(() => stateFromValues(args.values, args.locale));
  const [version, setVersion] = useState(args.version);
  const [savedValues, setSavedValues] = useState<Values>(args.values);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [conflict, setConflict] = useState<ActionFailure | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [restore, setRestore] = useState<LocalDraft | null>(null);
  const [warnings, setWarnings] = useState<OutlierWarning[]>(args.warnings);
  const [explanations, setExplanations] = useState<Record<string, string>>(args.explanations);
  const [savedExplanations, setSavedExplanations] = useState<Record<string, string>>(args.explanations);
  const [keptLocally, setKeptLocally] = useState<boolean | null>(null);

  // Timers and the save itself read the latest state through refs, not through stale closures.
  const rowsRef = useRef(rows);
  const versionRef = useRef(version);
  const touched = useRef(false);
  const flight = useRef<Promise<SaveResult> | null>(null);
  const savedRef = useRef(savedValues);
  const failedRows = useRef<FormState | null>(null);
  const warningsRef = useRef(warnings);
  const explanationsRef = useRef(explanations);
  const savedExplanationsRef = useRef(savedExplanations);
  // A draft restored from this browser was typed on an older copy we no longer have: its save sends no base,
  // so the server shows every difference rather than take the old figures for the user's changes.
  const unknownBase = useRef(false);
  // Brought up to date as each render commits, before any timer or event can read them.
  useLayoutEffect(() => {
    rowsRef.current = rows;
    warningsRef.current = warnings;
    explanationsRef.current = explanations;
    savedExplanationsRef.current = savedExplanations;
    versionRef.current = version;
  });

  const form = useMemo(() => readForm(rows, args.catalogue, args.locale), [rows, args.catalogue, args.locale]);
  const hasIssues = Object.keys(form.issues).length > 0;
  const dirty = hasIssues || changedCodes(savedValues, form.values).length > 0 || textsDiffer(savedExplanations, explanations);

  // On opening: offer back what this browser holds if the server does not have it. An effect event: it reads
  // the props as they are on opening; later changes of them come from this hook's own saves.
  const offerRestore = useEffectEvent(() => {
    const draft = readDraft(browserStore(), key);
    const server = { version: args.version, updatedAt: args.updatedAt ? Date.parse(args.updatedAt) : null, state: stateFromValues(args.values, args.locale) };
    if (args.editable && shouldOfferRestore(draft, server)) setRestore(draft);
    else if (draft && sameState(draft.state, server.state)) clearDraft(browserStore(), key);
  });
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the browser's copy can be read only after hydration
  useEffect(() => offerRestore(), []);

  // Every change the user makes is kept in this browser at once.
  useEffect(() => {
    if (!touched.current) return;
    setKeptLocally(writeDraft(browserStore(), key, { savedAt: Date.now(), baseVersion: versionRef.current, state: rows }));
  }, [rows, key]);

  const setExplanation = useCallback((code: string, text: string) => {
    touched.current = true;
    setExplanations((prev) => ({ ...prev, [code]: text }));
  }, []);

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
    const { values, issues } = readForm(sent, args.catalogue, args.locale);
    if (Object.keys(issues).length) return args.messages.invalid;
    const explained = explanationsRef.current;
    if (baseVersion === undefined && !changedCodes(savedRef.current, values).length && !textsDiffer(savedExplanationsRef.current, explained)) return null;
    // The copy the typing started from goes with it: the server writes only what changed from it (decision 0041).
    const base = unknownBase.current ? undefined : savedRef.current;
    const request = saveReportDraft({ locale: args.locale, slug: args.slug, year: args.year, version: baseVersion ?? versionRef.current, values, base, explanations: explained })
      .catch((): SaveResult => localFailure("NETWORK", args.messages.network));
    flight.current = request;
    setSave({ kind: "saving" });
    const r = await request.finally(() => (flight.current = null));
    if (!r.ok) {
      failedRows.current = sent;
      if (r.code === "CONFLICT") setConflict(r);
      setServerErrors(Object.fromEntries(r.fields.map((f) => [f.field, f.message])));
      const message = r.message ?? args.messages.invalid;
      setSave({ kind: "failed", message });
      return message;
    }
    const created = versionRef.current === 0;
    unknownBase.current = false;
    versionRef.current = r.report.version;
    savedRef.current = r.values;
    setVersion(r.report.version);
    setSavedValues(r.values);
    // Someone else's figures the server kept beside ours appear in the form, unless the user retyped that field meanwhile.
    const theirs = changedCodes(values, r.values).filter((c) => sameState({ [c]: rowsRef.current[c] ?? EMPTY_FIELD }, { [c]: sent[c] ?? EMPTY_FIELD }));
    if (theirs.length) {
      const shown = stateFromValues(r.values, args.locale);
      const next = { ...rowsRef.current };
      for (const c of theirs) {
        if (shown[c]) next[c] = shown[c];
        else delete next[c];
      }
      rowsRef.current = next;
      setRows(next);
    }
    warningsRef.current = r.warnings;
    setWarnings(r.warnings);
    setConflict(null);
    setServerErrors({});
    setSave({ kind: "saved", at: Date.now() });
    savedExplanationsRef.current = explained;
    setSavedExplanations(explained);
    // What was typed while the save travelled stays in the browser, now based on the new version.
    if (sameState(rowsRef.current, stateFromValues(r.values, args.locale))) clearDraft(browserStore(), key);
    else writeDraft(browserStore(), key, { savedAt: Date.now(), baseVersion: r.report.version, state: rowsRef.current });
    if (created) onCreated();
    return null;
  }, [args.catalogue, args.locale, args.slug, args.year, args.messages, onCreated, key]);

  // Save to the server after a pause in typing, while there is something valid and new to save.
  useEffect(() => {
    if (!args.editable || !dirty || hasIssues || conflict || restore || save.kind === "saving" || failedRows.current === rows) return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [args.editable, dirty, hasIssues, conflict, restore, save.kind, rows, saveNow]);

  const takeServerCopy = useCallback(() => {
    if (!conflict?.current) return;
    touched.current = false;
    unknownBase.current = false;
    setRows(stateFromValues(conflict.current.values, args.locale));
    setSavedValues(conflict.current.values);
    savedRef.current = conflict.current.values;
    versionRef.current = conflict.current.version;
    setVersion(conflict.current.version);
    setConflict(null);
    setSave({ kind: "idle" });
    clearDraft(browserStore(), key);
  }, [conflict, args.locale, key]);

  /** The user chose per field (mine unless said otherwise): save that against the server's version. */
  const resolveConflict = useCallback((choices: Record<string, Choice>) => {
    if (!conflict?.current) return;
    const server = conflict.current;
    const { values: mine, issues } = readForm(rowsRef.current, args.catalogue, args.locale);
    // A field typed wrong since would read as emptied: have it fixed first.
    if (Object.keys(issues).length) return setSave({ kind: "failed", message: args.messages.invalid });
    const resolved = resolveConflicts(unknownBase.current ? server.values : savedRef.current, mine, server.values, choices);
    unknownBase.current = false;
    const next = stateFromValues(resolved, args.locale);
    touched.current = true;
    rowsRef.current = next;
    setRows(next);
    savedRef.current = server.values;
    setSavedValues(server.values);
    versionRef.current = server.version;
    setVersion(server.version);
    setConflict(null);
    void saveNow();
  }, [conflict, args.catalogue, args.locale, args.messages, saveNow]);

  const restoreDraft = useCallback(() => {
    if (!restore) return;
    touched.current = true;
    // Typed on an older version than the server's: saving will show the conflict rather than overwrite.
    const base = Math.min(restore.baseVersion, versionRef.current);
    unknownBase.current = base < versionRef.current;
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
    rows, values: form.values, issues: form.issues, hasIssues, dirty, version, versionRef, save, conflict, serverErrors, warnings, warningsRef,
    restore, keptLocally, setField, saveNow, explanations, explanationsRef, setExplanation, takeServerCopy, resolveConflict, restoreDraft, discardDraft, forgetLocal,
  };
}

/** Whether two sets of explanations say something different (blanks around them do not count). */
function textsDiffer(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys({ ...a, ...b }).some((k) => (a[k] ?? "").trim() !== (b[k] ?? "").trim());
}
