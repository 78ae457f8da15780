// The national progress board's shape, from plain rows (lib/queries/progress-board.ts reads them): which provinces
// a year has, each cell's state and its distance to the due day, the filters and the summary. Pure: no I/O.
import { byName } from "@/lib/domain/collation";
import { daysToDeadline, deadlineFor, deadlineState, type DeadlineState } from "@/lib/domain/deadlines";
import { regionOf, type Region } from "@/lib/domain/regions";
import { provinceOpenFor } from "@/lib/domain/report-workflow";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/** A report as the board tells it: "returned" is a draft an approver sent back with a comment. */
export const CELL_STATES = ["none", "draft", "returned", "submitted", "approved"] as const;
export type CellState = (typeof CELL_STATES)[number];
/** What the state filter may ask for: a state, or every province late for the year. */
export type StateFilter = CellState | "late";
/** How many years the board shows: the chosen one and the ones before it. */
const BOARD_YEARS = 5;

export interface BoardProvince {
  id: number;
  slug: string;
  name: string;
  validFrom: Date;
  validUntil: Date | null;
}

export interface BoardReport {
  provinceId: number;
  year: number;
  status: ReportStatus;
  returnComment: string | null;
  submittedAt: Date | null;
  /** When and by whom it last changed: its latest audit entry, else the report's own updatedAt. */
  changedAt: Date;
  changedBy: string | null;
}

export interface BoardCell {
  year: number;
  state: CellState;
  changedAt: Date | null;
  changedBy: string | null;
  due: Date;
  /** Days from the due day: to it while the report waits (negative once past), or how early it was submitted. */
  days: number;
  deadline: DeadlineState;
}

export interface BoardRow {
  slug: string;
  name: string;
  region: Region | null;
  /** One per year of the board, oldest first; null for a year the province did not exist in. */
  cells: (BoardCell | null)[];
}

interface BoardSummary {
  provinces: number;
  counts: Record<CellState, number>;
  late: number;
}

export function cellState(r: { status: ReportStatus; returnComment: string | null } | null): CellState {
  if (!r) return "none";
  if (r.status === "DRAFT") return r.returnComment ? "returned" : "draft";
  return r.status === "SUBMITTED" ? "submitted" : "approved";
}

/** Whether a province existed in `year`: begun by its last day and not merged away before it (the workflow's rule). */
export function existsIn(p: Pick<BoardProvince, "validFrom" | "validUntil">, year: number): boolean {
  return p.validFrom <= new Date(Date.UTC(year, 11, 31)) && provinceOpenFor(p.validUntil, year);
}

/** The board's years, oldest first, ending with `year`. */
export function boardYears(year: number, count = BOARD_YEARS): number[] {
  return Array.from({ length: count }, (_, i) => year - count + 1 + i);
}

function toCell(year: number, r: BoardReport | undefined, due: Date, now: Date): BoardCell {
  const state = cellState(r ?? null);
  const status = r?.status ?? null;
  const done = status === "SUBMITTED" || status === "APPROVED";
  return {
    year, state, due,
    changedAt: r?.changedAt ?? null,
    changedBy: r?.changedBy ?? null,
    // A done report is measured on the day it went in; an approved one with no submission date (loaded from the
    // articles) on the day it last changed.
    days: daysToDeadline(due, done ? (r!.submittedAt ?? r!.changedAt) : now),
    deadline: deadlineState(status, due, now),
  };
}

interface BoardInput {
  year: number;
  provinces: BoardProvince[];
  reports: BoardReport[];
  deadlines: ReadonlyMap<number, Date>;
  now: Date;
}

/** Every province of `year`, by Vietnamese collation of its name, with a cell per board year. */
export function shapeBoard({ year, provinces, reports, deadlines, now }: BoardInput): { years: number[]; rows: BoardRow[] } {
  const years = boardYears(year);
  const byKey = new Map(reports.map((r) => [`${r.provinceId}:${r.year}`, r]));
  const rows = provinces
    .filter((p) => existsIn(p, year))
    .sort(byName)
    .map((p) => ({
      slug: p.slug, name: p.name, region: regionOf(p.slug),
      cells: years.map((y) => (existsIn(p, y) ? toCell(y, byKey.get(`${p.id}:${y}`), deadlineFor(y, deadlines), now) : null)),
    }));
  return { years, rows };
}

/** The chosen year's cell of a row (the last one). */
const yearCell = (row: BoardRow): BoardCell | null => row.cells[row.cells.length - 1] ?? null;

function matchesState(cell: BoardCell | null, state: StateFilter): boolean {
  if (!cell) return false;
  return state === "late" ? cell.deadline === "late" : cell.state === state;
}

/** The rows a filter keeps: a region, and a state (or lateness) of the chosen year. */
export function filterBoard(rows: BoardRow[], f: { region: Region | null; state: StateFilter | null }): BoardRow[] {
  return rows.filter((r) => (!f.region || r.region === f.region) && (!f.state || matchesState(yearCell(r), f.state)));
}

/** How the chosen year stands: provinces in each state, and how many are late. */
export function summarise(rows: BoardRow[]): BoardSummary {
  const counts = Object.fromEntries(CELL_STATES.map((s) => [s, 0])) as Record<CellState, number>;
  let late = 0;
  for (const row of rows) {
    const cell = yearCell(row);
    if (!cell) continue;
    counts[cell.state]++;
    if (cell.deadline === "late") late++;
  }
  return { provinces: rows.length, counts, late };
}

/** The address's words for the state filter (?trang-thai=…) and back. */
export const STATE_WORDS: Record<StateFilter, string> = {
  none: "chua-co", draft: "nhap", returned: "tra-lai", submitted: "da-nop", approved: "da-duyet", late: "tre-han",
};
export function parseStateFilter(v: string | null | undefined): StateFilter | null {
  const hit = (Object.entries(STATE_WORDS) as [StateFilter, string][]).find(([, w]) => w === v);
  return hit ? hit[0] : null;
}
