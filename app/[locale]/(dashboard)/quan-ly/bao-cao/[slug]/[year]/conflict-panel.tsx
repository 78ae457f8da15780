"use client";
// Someone saved the report after this user opened it, and both changed some of the same fields: say so, say
// who changed what, and put each such field's two figures side by side with a choice, mine or theirs. Fields
// only one of them changed were merged by the server already (decision 0041). Nothing is overwritten silently.
import { useState } from "react";
import { DashboardTable } from "@/components/dashboard/table";
import { formatDate } from "@/lib/domain/dates";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { FormIndicator, Values } from "@/lib/report-form/form-state";
import type { Choice } from "@/lib/report-form/merge";
import { changedCodes } from "@/lib/domain/changed-codes";
import type { ActionFailure } from "@/lib/actions/result";
import type { ValueInput } from "@/lib/validation/report-values";
import { clockTime } from "./save-status";

interface Props {
  conflict: ActionFailure;
  mine: Values;
  catalogue: FormIndicator[];
  locale: Locale;
  t: Messages["reportForm"];
  words: Messages["conflicts"];
  busy: boolean;
  onResolve: (choices: Record<string, Choice>) => void;
  onUseServer: () => void;
}

// The reader's own calendar day and clock: the server's UTC would show another day after 17:00 in Hà Nội.
const time = (iso: string, locale: Locale) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, locale)} ${clockTime(d.getTime())}`;
};

interface Row {
  field: string;
  theirs: ValueInput | null;
  mine: ValueInput | null;
  by: string | null;
  at: string | null;
}

export function ConflictPanel({ conflict, mine, catalogue, locale, t, words, busy, onResolve, onUseServer }: Props) {
  const c = t.conflict;
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const name = (code: string) => byCode.get(code)?.name ?? code;
  const show = (v: ValueInput | null, code: string) => (v ? formatValue(v, byCode.get(code)?.unit ?? "COUNT", locale) : c.none);
  const server = conflict.current;
  // The server names the fields both changed; a save without a base (a draft restored from this browser) has
  // only the two copies, and every field that differs is then a choice.
  const rows: Row[] = conflict.conflicts?.map((f) => ({ ...f, mine: mine[f.field] ?? null }))
    ?? (server ? changedCodes(server.values, mine).map((field) => ({ field, theirs: server.values[field] ?? null, mine: mine[field] ?? null, by: null, at: null })) : []);
  const choose = (field: string, choice: Choice) => setChoices((prev) => ({ ...prev, [field]: choice }));
  const mayKeep = server?.status === "DRAFT";
  return (
    <section role="alert" aria-labelledby="conflict-title" className="space-y-3 rounded border-2 border-alert bg-alert-soft p-4" data-testid="conflict-panel">
      <h2 id="conflict-title" className="font-semibold text-alert">{conflict.message}</h2>
      {conflict.changes.length > 0 && (
        <div>
          <p className="font-medium">{c.changesTitle}</p>
          <ul className="list-disc pl-6 text-sm">
            {conflict.changes.map((ch, n) => (
              <li key={n}>
                {fill(c.change, { by: ch.by ?? c.someone, at: time(ch.at, locale), action: c.actions[ch.action] ?? ch.action })}
                {ch.changed.length > 0 && ` — ${fill(c.changedFields, { fields: ch.changed.map(name).join("; ") })}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.length > 0 && <p className="text-sm">{words.intro}</p>}
      {rows.length > 0 && (
        <DashboardTable
          caption={words.caption}
          captionVisible
          look="boxed"
          dense
          className="bg-surface text-sm"
          rows={rows}
          rowKey={(r) => r.field}
          rowAttributes={(r) => ({ "data-conflict": r.field })}
          columns={[
            { header: c.indicator, cell: (r) => name(r.field) },
            {
              header: words.theirs, numeric: true,
              cell: (r) => (
                <>
                  {show(r.theirs, r.field)}
                  {r.by && r.at && <span className="block text-xs text-muted">{fill(words.savedBy, { by: r.by, at: time(r.at, locale) })}</span>}
                </>
              ),
            },
            { header: words.mine, numeric: true, bold: true, cell: (r) => show(r.mine, r.field) },
            mayKeep && {
              header: words.choice,
              cell: (r) => (
                <div role="radiogroup" aria-label={fill(words.choiceFor, { name: name(r.field) })} className="flex flex-wrap gap-3">
                  {(["mine", "theirs"] as const).map((choice) => (
                    <label key={choice} className="flex items-center gap-1">
                      <input
                        type="radio" name={`conflict-${r.field}`} value={choice} disabled={busy}
                        checked={(choices[r.field] ?? "mine") === choice} onChange={() => choose(r.field, choice)}
                      />
                      {choice === "mine" ? words.chooseMine : words.chooseTheirs}
                      <span className="sr-only"> — {name(r.field)}</span>
                    </label>
                  ))}
                </div>
              ),
            },
          ]}
        />
      )}
      {server && rows.length === 0 && <p className="text-sm">{c.noDiff}</p>}
      <div className="flex flex-wrap gap-3">
        {mayKeep && rows.length > 0 && (
          <button type="button" disabled={busy} onClick={() => onResolve(choices)} className="rounded bg-accent px-3 py-1.5 font-medium text-white disabled:opacity-60">
            {words.saveChoices}
          </button>
        )}
        {mayKeep && (
          <button type="button" disabled={busy} onClick={() => onResolve({})} className="rounded border border-accent px-3 py-1.5 font-medium text-accent disabled:opacity-60">
            {c.keepMine}
          </button>
        )}
        {server && (
          <button type="button" disabled={busy} onClick={onUseServer} className="rounded border border-accent px-3 py-1.5 font-medium text-accent disabled:opacity-60">
            {c.useServer}
          </button>
        )}
        {!server && (
          <button type="button" onClick={() => window.location.reload()} className="rounded border border-accent px-3 py-1.5 font-medium text-accent">
            {c.reload}
          </button>
        )}
      </div>
    </section>
  );
}
