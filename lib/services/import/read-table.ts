// An uploaded file (XLSX or CSV) → the rows of the template's sheet, cells keyed by column. Refuses, with a
// clear message, what is not a spreadsheet, not UTF-8, the wrong sheet, lacks columns or has too many rows.
import { foldName } from "@/lib/domain/search-text";
import { parseCsv, TooManyRows } from "./csv";
import { formulaProblems } from "./cells";
import { MAX_BYTES, MAX_COLUMNS, MAX_ROWS, refuseFile } from "./limits";
import { readXlsxSheet } from "./xlsx-sheet";

/** A cell as the file holds it: a real number stays a number, everything else is text. */
export type Cell = string | number | null;

export interface ColumnSpec<K extends string> {
  key: K;
  header: string;
  /** Other headers accepted for this column (folded comparison: case, accents and punctuation ignored). */
  aliases?: string[];
  required?: boolean;
}

export interface TableSpec<K extends string> {
  sheet: string;
  columns: ColumnSpec<K>[];
}

export interface TableRow<K extends string> {
  /** The row's number in the sheet: the header is row 1. */
  row: number;
  cells: Record<K, Cell>;
}

const foldHeader = (s: string) => foldName(s).replace(/[^a-z0-9]+/g, " ").trim();

function kindOf(bytes: Uint8Array, fileName: string): "xlsx" | "csv" {
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "xlsx";
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) throw refuseFile("OLD_EXCEL");
  if (/\.xlsx$/i.test(fileName)) throw refuseFile("BAD_XLSX");
  // Text has no NUL bytes; a PDF, an image or a zip that is not a workbook does.
  if (bytes.subarray(0, 4096).includes(0)) throw refuseFile("NOT_SPREADSHEET");
  return "csv";
}

function csvGrid(bytes: Uint8Array): Cell[][] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuseFile("NOT_UTF8");
  }
  try {
    return parseCsv(text, { maxRows: MAX_ROWS + 1, maxColumns: MAX_COLUMNS });
  } catch (err) {
    if (err instanceof TooManyRows) throw refuseFile("TOO_MANY_ROWS", { max: MAX_ROWS });
    throw err;
  }
}

const isBlank = (c: Cell) => c === null || (typeof c === "string" && c.trim() === "");

export async function readTable<K extends string>(bytes: Uint8Array, fileName: string, spec: TableSpec<K>): Promise<TableRow<K>[]> {
  if (bytes.byteLength === 0) throw refuseFile("EMPTY_FILE");
  if (bytes.byteLength > MAX_BYTES) throw refuseFile("TOO_LARGE", { max: MAX_BYTES / 1024 / 1024 });
  const kind = kindOf(bytes, fileName);
  const { grid, named, formulas } = kind === "xlsx" ? await readXlsxSheet(bytes, spec.sheet, foldHeader) : { grid: csvGrid(bytes), named: true, formulas: [] };
  const header = (grid[0] ?? []).map((c) => foldHeader(String(c ?? "")));
  const index = new Map<K, number>();
  for (const col of spec.columns) {
    const names = [col.header, ...(col.aliases ?? [])].map(foldHeader);
    const at = header.findIndex((h) => names.includes(h));
    if (at >= 0) index.set(col.key, at);
  }
  const missing = spec.columns.filter((c) => c.required && !index.has(c.key));
  if (missing.length) {
    // A workbook without the template's sheet whose first sheet lacks the columns: most likely the wrong file.
    if (!named) throw refuseFile("WRONG_SHEET", { sheet: spec.sheet });
    throw refuseFile("MISSING_HEADERS", { columns: missing.map((c) => `“${c.header}”`).join(", ") });
  }
  const formulaRefusal = formulaProblems(formulas, index, spec.columns);
  if (formulaRefusal) throw formulaRefusal;
  const rows: TableRow<K>[] = [];
  for (let i = 1; i < grid.length; i++) {
    const line = grid[i] ?? [];
    if (line.every(isBlank)) continue;
    const cells = {} as Record<K, Cell>;
    for (const col of spec.columns) {
      const at = index.get(col.key);
      const c = at === undefined ? null : (line[at] ?? null);
      cells[col.key] = typeof c === "string" ? c.trim() || null : c;
    }
    rows.push({ row: i + 1, cells });
  }
  if (rows.length > MAX_ROWS) throw refuseFile("TOO_MANY_ROWS", { max: MAX_ROWS });
  if (rows.length === 0) throw refuseFile("NO_ROWS");
  return rows;
}
