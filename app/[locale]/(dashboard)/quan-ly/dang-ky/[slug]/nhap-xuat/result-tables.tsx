// The dry run's findings: every bad row (row, column, what is wrong) and, for a report, what would change.
import { DashboardTable } from "@/components/dashboard/table";
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
      <DashboardTable
        caption={t.problemsCaption}
        look="boxed"
        dense
        stickyHeader
        rowHeaders={false}
        className="text-sm"
        data-testid="import-problems"
        rows={problems.slice(0, SHOWN)}
        rowKey={(_, i) => i}
        columns={[
          { header: t.colRow, numeric: true, cell: (p) => p.row ?? "—" },
          { header: t.colColumn, cell: (p) => p.column ?? "—" },
          { header: t.colProblem, cell: (p) => (locale === "vi" ? p.message : p.messageEn) },
        ]}
      />
      {problems.length > SHOWN && <p className="p-2 text-sm">{fill(t.moreProblems, { count: problems.length - SHOWN })}</p>}
    </div>
  );
}

type Change = NonNullable<ImportOutcome["changes"]>[number];

export function ChangesTable({ changes, locale, t }: { changes: Change[]; locale: Locale; t: T }) {
  if (changes.length === 0) return <p>{t.noChanges}</p>;
  const show = (v: Change["before"]) => (v === null ? "—" : v.high !== null ? `${formatNumber(v.value, locale)}–${formatNumber(v.high, locale)}` : formatNumber(v.value, locale));
  return (
    <DashboardTable
      caption={t.changesCaption}
      captionVisible
      dense
      className="text-sm"
      rows={changes}
      rowKey={(c) => c.code}
      columns={[
        { header: t.colIndicator, cell: (c) => c.name },
        { header: t.colBefore, numeric: true, cell: (c) => show(c.before) },
        { header: t.colAfter, numeric: true, cell: (c) => show(c.after) },
      ]}
    />
  );
}
