// The dry run's findings: every bad row (row, column, what is wrong) and, for a report, what would change.
import { formatNumber } from "@/lib/domain/numbers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ImportOutcome, ImportProblem } from "./send-file";

type T = Messages["register"]["import"];
const SHOWN = 500;

export function ProblemTable({ problems, locale, t }: { problems: ImportProblem[]; locale: Locale; t: T }) {
  return (
    <div className="max-h-96 overflow-auto rounded border border-line">
      <table className="w-full border-collapse text-left text-sm" data-testid="import-problems">
        <caption className="sr-only">{t.problemsCaption}</caption>
        <thead className="sticky top-0 bg-surface">
          <tr className="border-b border-line">
            <th scope="col" className="px-2 py-1 text-right">{t.colRow}</th>
            <th scope="col" className="px-2 py-1">{t.colColumn}</th>
            <th scope="col" className="px-2 py-1">{t.colProblem}</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((p, i) => (
            <tr key={i} className="border-b border-line align-top">
              <td className="px-2 py-1 text-right">{p.row ?? "—"}</td>
              <td className="px-2 py-1">{p.column ?? "—"}</td>
              <td className="px-2 py-1">{locale === "vi" ? p.message : p.messageEn}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN && <p className="p-2 text-sm">{fill(t.moreProblems, { count: problems.length - SHOWN })}</p>}
    </div>
  );
}

type Change = NonNullable<ImportOutcome["changes"]>[number];

export function ChangesTable({ changes, locale, t }: { changes: Change[]; locale: Locale; t: T }) {
  if (changes.length === 0) return <p>{t.noChanges}</p>;
  const show = (v: Change["before"]) => (v === null ? "—" : v.high !== null ? `${formatNumber(v.value, locale)}–${formatNumber(v.high, locale)}` : formatNumber(v.value, locale));
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="text-left font-semibold">{t.changesCaption}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-1 pr-3">{t.colIndicator}</th>
          <th scope="col" className="py-1 pr-3 text-right">{t.colBefore}</th>
          <th scope="col" className="py-1 text-right">{t.colAfter}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.code} className="border-b border-line">
            <th scope="row" className="py-1 pr-3 font-normal">{c.name}</th>
            <td className="py-1 pr-3 text-right">{show(c.before)}</td>
            <td className="py-1 text-right">{show(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
