"use client";
// Someone saved the report after this user opened it: say so, say who changed what, and put the server's
// figures beside the user's for every field that differs. The user chooses; nothing is overwritten silently.
import { DashboardTable } from "@/components/dashboard/table";
import { formatDate } from "@/lib/domain/dates";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { FormIndicator, Values } from "@/lib/report-form/form-state";
import { changedCodes } from "@/lib/domain/changed-codes";
import type { ActionFailure } from "@/lib/actions/result";
import { clockTime } from "./save-status";

interface Props {
  conflict: ActionFailure;
  mine: Values;
  catalogue: FormIndicator[];
  locale: Locale;
  t: Messages["reportForm"];
  busy: boolean;
  onKeepMine: () => void;
  onUseServer: () => void;
}

// The reader's own calendar day and clock: the server's UTC would show another day after 17:00 in Hà Nội.
const time = (iso: string, locale: Locale) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, locale)} ${clockTime(d.getTime())}`;
};

export function ConflictPanel({ conflict, mine, catalogue, locale, t, busy, onKeepMine, onUseServer }: Props) {
  const c = t.conflict;
  const byCode = new Map(catalogue.map((i) => [i.code, i]));
  const name = (code: string) => byCode.get(code)?.name ?? code;
  const show = (v: Values, code: string) => (v[code] ? formatValue(v[code], byCode.get(code)?.unit ?? "COUNT", locale) : c.none);
  const server = conflict.current;
  const differing = server ? changedCodes(server.values, mine) : [];
  return (
    <section role="alert" aria-labelledby="conflict-title" className="space-y-3 rounded border-2 border-alert bg-alert-soft p-4">
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
      {server && differing.length > 0 && (
        <DashboardTable
          caption={c.caption}
          captionVisible
          look="boxed"
          dense
          className="bg-surface text-sm"
          rows={differing}
          rowKey={(code) => code}
          rowAttributes={(code) => ({ "data-conflict": code })}
          columns={[
            { header: c.indicator, cell: name },
            { header: c.server, numeric: true, cell: (code) => show(server.values, code) },
            { header: c.mine, numeric: true, bold: true, cell: (code) => show(mine, code) },
          ]}
        />
      )}
      {server && differing.length === 0 && <p className="text-sm">{c.noDiff}</p>}
      <div className="flex flex-wrap gap-3">
        {server?.status === "DRAFT" && (
          <button type="button" disabled={busy} onClick={onKeepMine} className="rounded bg-accent px-3 py-1.5 font-medium text-white disabled:opacity-60">
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
