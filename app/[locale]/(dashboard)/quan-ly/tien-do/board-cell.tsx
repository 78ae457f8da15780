// One province's report of one year on the board: its state (a link to the report), how far it is from the due
// day, and who changed it last. Lateness is said in words beside its mark, never by colour alone.
import { formatDateTime } from "@/lib/format/date-time";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { BoardCell as Cell, CellState } from "@/lib/queries/board-shape";

const STYLE: Record<CellState, string> = {
  none: "border-line text-muted",
  draft: "border-warn bg-warn-soft text-warn",
  returned: "border-alert bg-alert-soft text-alert",
  submitted: "border-accent bg-accent-soft text-accent",
  approved: "border-ok text-ok",
};

function distance(c: Cell, t: Messages["progressBoard"]): string {
  const n = Math.abs(c.days);
  if (c.deadline === "done") return c.days > 0 ? fill(t.submittedEarly, { n }) : c.days === 0 ? t.submittedOnDue : fill(t.submittedLate, { n });
  return c.days > 0 ? fill(t.daysLeft, { n }) : c.days === 0 ? t.dueToday : fill(t.daysLate, { n });
}

type Props = { cell: Cell | null; href: string; province: string; locale: Locale; t: Messages["progressBoard"] };

export function BoardCell({ cell, href, province, locale, t }: Props) {
  if (!cell) return <><span aria-hidden="true">—</span><span className="sr-only">{t.notExisting}</span></>;
  const state = t.states[cell.state];
  const late = cell.deadline === "late";
  return (
    <div className="space-y-0.5 text-sm" data-testid={`cell-${cell.year}`} data-state={cell.state} data-late={late ? "yes" : "no"}>
      <a href={href} aria-label={fill(t.openCell, { province, year: cell.year, state })} className={`inline-block rounded border px-1.5 py-0.5 font-semibold no-underline ${STYLE[cell.state]}`}>
        {state}
      </a>
      {late ? (
        <p className="font-semibold text-alert">
          <span aria-hidden="true">⚠ </span>{t.late}: {distance(cell, t)}
        </p>
      ) : (
        <p>{cell.deadline === "due-soon" ? `${t.dueSoon}: ${distance(cell, t)}` : distance(cell, t)}</p>
      )}
      {cell.changedAt && (
        <p className="text-xs text-muted">
          {cell.changedBy ? fill(t.changedBy, { when: formatDateTime(cell.changedAt, locale), who: cell.changedBy }) : fill(t.changed, { when: formatDateTime(cell.changedAt, locale) })}
        </p>
      )}
    </div>
  );
}
