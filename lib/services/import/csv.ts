// CSV in and out. In: RFC 4180 quoting, a UTF-8 BOM or none, the delimiter Excel used (",", or ";" where the
// decimal separator is a comma, as in Vietnamese settings, or a tab). Out: UTF-8 with a BOM (Excel then shows
// Vietnamese correctly), comma-delimited, CRLF, formula-like text neutralised (lib/domain/formula-text.ts).
import { formulaSafe } from "../../domain/formula-text";

export type CsvCell = string | number | null | undefined;

function detectDelimiter(firstLine: string): string {
  const counts = { ",": 0, ";": 0, "\t": 0 } as Record<string, number>;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n > 0 ? best : ",";
}

export class TooManyRows extends Error {}

/**
 * Rows of text cells. A quoted cell may hold delimiters, quotes ("") and line breaks. With `limits`, memory stays
 * bounded whatever the text: blank lines leave a hole instead of a row, cells past maxColumns are dropped, and
 * more than maxRows non-blank rows throw TooManyRows (10 MB of line breaks would otherwise be 10 million arrays).
 */
export function parseCsv(text: string, limits?: { maxRows: number; maxColumns: number }): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(src.slice(0, src.search(/\r?\n|$/)));
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 0;
  let filled = 0;
  const pushCell = () => { if (!limits || row.length < limits.maxColumns) row.push(cell); };
  const endRow = () => {
    pushCell();
    if (!limits) rows.push(row);
    else if (row.some((c) => c.trim() !== "")) {
      if (++filled > limits.maxRows) throw new TooManyRows();
      rows[line] = row;
    }
    line++;
    row = [];
    cell = "";
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) { pushCell(); cell = ""; }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== "" || row.length) endRow();
  return rows;
}

/** One cell: a number as `formatNumber` writes it; text made formula-safe, and quoted when neutralised. */
export function csvField(v: CsvCell, formatNumber: (n: number) => string = String): string {
  if (v === null || v === undefined) return "";
  // A number written the Vietnamese way ("4,67") holds the delimiter: quoted, it is still read as a number.
  if (typeof v === "number") return quoteIf(formatNumber(v), false);
  const safe = formulaSafe(v);
  return quoteIf(safe, safe !== v);
}

function quoteIf(s: string, always: boolean): string {
  return always || /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(header: string[], rows: CsvCell[][], formatNumber?: (n: number) => string): Buffer {
  const body = [header, ...rows].map((r) => r.map((c) => csvField(c, formatNumber)).join(",")).join("\r\n") + "\r\n";
  return Buffer.from("\uFEFF" + body, "utf8");
}
