// One sheet of an XLSX read as a stream, in bounded memory: the sheet's XML is inflated and parsed chunk by chunk
// (zip.ts), rows are counted as they arrive and the read stops at MAX_ROWS, the shared strings kept for the cells
// are bounded in number and length, and the parser hands the event loop back between chunks so other requests
// keep being answered. ExcelJS's loaders hold the whole workbook as objects (an 8.8 MB file of 600,000 rows took
// the server from 1.0 to 2.6 GB and stalled it for 7 s); its streaming reader writes sheets to temporary files
// and caches shared strings without a bound. Formula cells are reported, never silently taken as their result.
import { SaxesParser } from "saxes";
import { posix } from "node:path";
import { ServiceError } from "@/lib/services/errors";
import { MAX_COLUMNS, MAX_ROWS, MAX_SHARED_CHARS, MAX_SHARED_STRINGS, refuseFile } from "./limits";
import type { Cell } from "./read-table";
import { entryBytes, entryChunks, zipEntries, type ZipEntry } from "./zip";

export interface FormulaCell {
  /** The sheet's row number (1-based) and column index (0-based). */
  row: number;
  col: number;
  formula: string;
}

export interface SheetGrid {
  /** grid[row - 1][col]: a sparse array, rows without a value are absent. */
  grid: Cell[][];
  /** Whether the sheet read is the one named as asked (otherwise it is the workbook's first). */
  named: boolean;
  formulas: FormulaCell[];
}

/** Excel's own limit for one cell. */
const MAX_CELL_CHARS = 32_767;
const MAX_SHEET_ROW = 1_048_576;
const broken = () => refuseFile("BAD_XLSX");
const local = (name: string) => name.slice(name.indexOf(":") + 1);

type Handlers = { open(name: string, attrs: Record<string, string>): void; text(t: string): void; close(name: string): void };

async function parseXml(chunks: AsyncIterable<Buffer> | Buffer[], on: Handlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false });
  parser.on("opentag", (n) => on.open(local(n.name), n.attributes as Record<string, string>));
  parser.on("text", on.text);
  parser.on("cdata", on.text);
  parser.on("closetag", (n) => on.close(local(n.name)));
  const decoder = new TextDecoder("utf-8");
  try {
    for await (const chunk of chunks) {
      parser.write(decoder.decode(chunk, { stream: true }));
      // CPU work between chunks of 64 KB: let the other requests in.
      await new Promise((resolve) => setImmediate(resolve));
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (err) {
    if (err instanceof ServiceError) throw err;
    throw broken();
  }
}

async function relationships(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string) {
  const rels = new Map<string, { target: string; type: string }>();
  const e = entries.get(path);
  if (!e) return rels;
  const base = posix.dirname(posix.dirname(path)); // "xl/_rels/workbook.xml.rels" → "xl"
  await parseXml([entryBytes(bytes, e)], {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target) return;
      const target = a.Target.startsWith("/") ? a.Target.slice(1) : posix.normalize(posix.join(base, a.Target));
      rels.set(a.Id, { target, type: a.Type ?? "" });
    },
    text() {},
    close() {},
  });
  return rels;
}

async function sheetsOf(bytes: Uint8Array, entries: Map<string, ZipEntry>) {
  const root = await relationships(bytes, entries, "_rels/.rels");
  const book = [...root.values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const e = entries.get(book);
  if (!e) throw broken();
  const rels = await relationships(bytes, entries, posix.join(posix.dirname(book), "_rels", `${posix.basename(book)}.rels`));
  const sheets: { name: string; path: string }[] = [];
  await parseXml([entryBytes(bytes, e)], {
    open(name, a) {
      if (name !== "sheet") return;
      const id = Object.entries(a).find(([k]) => k === "id" || k.endsWith(":id"))?.[1];
      const path = id ? rels.get(id)?.target : undefined;
      if (path && entries.has(path)) sheets.push({ name: a.name ?? "", path });
    },
    text() {},
    close() {},
  });
  const strings = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"))?.target;
  return { sheets, strings: strings && entries.has(strings) ? strings : null };
}

/** The text of each <si>, rich text runs joined, phonetic hints left out; bounded in count and length. */
async function sharedStrings(bytes: Uint8Array, e: ZipEntry): Promise<string[]> {
  const out: string[] = [];
  let chars = 0;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parseXml(entryChunks(bytes, e), {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && !phonetic) inText = true;
    },
    text(t) {
      if (!inText || current === null) return;
      chars += t.length;
      if (chars > MAX_SHARED_CHARS) throw refuseFile("TOO_MANY_STRINGS");
      current += t;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        if (out.length >= MAX_SHARED_STRINGS) throw refuseFile("TOO_MANY_STRINGS");
        out.push(current ?? "");
        current = null;
      }
    },
  });
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n - 1;
}

export async function readXlsxSheet(bytes: Uint8Array, wanted: string, fold: (s: string) => string): Promise<SheetGrid> {
  const entries = zipEntries(bytes);
  const { sheets, strings } = await sheetsOf(bytes, entries);
  const sheet = sheets.find((s) => fold(s.name) === fold(wanted)) ?? sheets[0];
  if (!sheet) throw refuseFile("WRONG_SHEET", { sheet: wanted });
  const shared = strings ? await sharedStrings(bytes, entries.get(strings)!) : [];

  const grid: Cell[][] = [];
  const formulas: FormulaCell[] = [];
  let rowNo = 0;
  let rowsRead = 0;
  let cells: Cell[] = [];
  let filled = 0;
  let col = -1;
  let cell: { type: string; text: string; formula: string | null; inValue: boolean; inFormula: boolean; phonetic: number } | null = null;

  const valueOf = (c: NonNullable<typeof cell>): Cell => {
    const v = c.text;
    switch (c.type) {
      case "s": return shared[Number(v)] ?? null;
      case "inlineStr": case "str": case "e": return v === "" ? null : v;
      case "b": return v === "" ? null : v === "1" ? "TRUE" : "FALSE";
      case "d": return v === "" ? null : v.slice(0, 10);
      default: {
        if (v.trim() === "") return null;
        const n = Number(v);
        return Number.isFinite(n) ? n : v;
      }
    }
  };

  await parseXml(entryChunks(bytes, entries.get(sheet.path)!), {
    open(name, a) {
      if (name === "row") {
        rowNo = a.r ? Number(a.r) : rowNo + 1;
        if (!Number.isInteger(rowNo) || rowNo < 1 || rowNo > MAX_SHEET_ROW) throw broken();
        cells = [];
        filled = 0;
        col = -1;
      } else if (name === "c") {
        col = a.r ? columnIndex(a.r) : col + 1;
        cell = { type: a.t ?? "n", text: "", formula: null, inValue: false, inFormula: false, phonetic: 0 };
      } else if (cell) {
        if (name === "v" || (name === "t" && !cell.phonetic)) cell.inValue = true;
        else if (name === "f") { cell.inFormula = true; cell.formula = ""; }
        else if (name === "rPh") cell.phonetic++;
      }
    },
    text(t) {
      if (!cell) return;
      if (cell.inValue) {
        cell.text += t;
        if (cell.text.length > MAX_CELL_CHARS) throw broken();
      } else if (cell.inFormula && cell.formula!.length < 200) cell.formula += t;
    },
    close(name) {
      if (name === "c" && cell) {
        const value = valueOf(cell);
        if (col >= 0 && col < MAX_COLUMNS) {
          if (value !== null) { cells[col] = value; filled++; }
          if (cell.formula !== null && formulas.length < 1000) formulas.push({ row: rowNo, col, formula: cell.formula });
        }
        cell = null;
      } else if (name === "row") {
        if (filled === 0) return;
        grid[rowNo - 1] = Array.from(cells, (c) => c ?? null);
        // The header and MAX_ROWS rows of data; the rest of the sheet is never read.
        if (++rowsRead > MAX_ROWS + 1) throw refuseFile("TOO_MANY_ROWS", { max: MAX_ROWS });
      } else if (cell) {
        if (name === "v" || name === "t") cell.inValue = false;
        else if (name === "f") cell.inFormula = false;
        else if (name === "rPh") cell.phonetic--;
      }
    },
  });
  return { grid, named: fold(sheet.name) === fold(wanted), formulas };
}
