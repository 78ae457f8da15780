// The progress board as a worksheet (GET /api/v1/progress/{year}?format=xlsx|csv): one row per province and
// year, worded in the file's language, days as numbers. Text is made formula-safe by the writers
// (lib/services/import/workbook.ts). Pure: no I/O.
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { formatDateTime } from "@/lib/format/date-time";
import type { Messages } from "@/lib/i18n/messages";
import type { BoardRow } from "@/lib/queries/board-shape";
import type { SheetData } from "@/lib/services/import/workbook";

export function boardSheet(rows: BoardRow[], years: number[], locale: Locale, m: Messages): SheetData {
  const t = m.progressBoard;
  const w = t.sheet;
  return {
    name: w.name,
    header: [w.province, w.slug, w.region, w.year, w.state, w.late, w.due, w.days, w.changedAt, w.changedBy],
    rows: rows.flatMap((r) =>
      years.flatMap((year, i) => {
        const c = r.cells[i];
        if (!c) return [];
        return [[
          r.name, r.slug, t.regions[r.region ?? "none"], year, t.states[c.state], c.deadline === "late" ? w.yes : null,
          formatDate(c.due, locale), c.days, c.changedAt ? formatDateTime(c.changedAt, locale) : null, c.changedBy,
        ]];
      }),
    ),
    widths: [24, 18, 34, 8, 26, 10, 14, 20, 20, 28],
  };
}
