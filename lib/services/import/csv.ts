// CSV in and out, the one reader and the one writer (the import, the register's export, the open-data API).
// In: papaparse (RFC 4180 quoting, a UTF-8 BOM or none, CRLF or LF), with the delimiter it guesses from the first
// rows: ",", or ";" where the decimal separator is a comma, as in Vietnamese settings, or a tab. Out: UTF-8 with a
// BOM (Excel then shows Vietnamese correctly), comma-delimited, CRLF, formula-like text neutralised
// (lib/domain/formula-text.ts).
import Papa from "papaparse";
import { csvText, type CsvCell } from "@/lib/format/csv-text";

// The writer lives in lib/format/csv-text.ts (the browser uses it too); the import and the API still reach it here.
export { csvField, csvText, type CsvCell } from "@/lib/format/csv-text";

const DELIMITERS = [",", ";", "\t"];

/** The delimiter of the first rows, blank lines aside (a trailing one would sink ";" below papaparse's bar). */
function guessDelimiter(text: string): string {
  const { meta } = Papa.parse<string[]>(text, { preview: 10, skipEmptyLines: "greedy", delimitersToGuess: DELIMITERS });
  return DELIMITERS.includes(meta.delimiter) ? meta.delimiter : ",";
}

export class TooManyRows extends Error {}

/**
 * Rows of text cells. A quoted cell may hold delimiters, quotes ("") and line breaks. With `limits`, memory stays
 * bounded whatever the text: rows are taken one at a time, blank lines leave a hole instead of a row (so row
 * numbers stay those of the file), cells past maxColumns are dropped, and more than maxRows non-blank rows throw
 * TooManyRows (10 MB of line breaks would otherwise be 10 million arrays).
 */
export function parseCsv(text: string, limits?: { maxRows: number; maxColumns: number }): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let line = 0;
  let filled = 0;
  let tooMany = false;
  Papa.parse<string[]>(src, {
    delimiter: guessDelimiter(src),
    step: ({ data }, parser) => {
      const at = line++;
      if (!limits) return void rows.push(data);
      if (!data.some((c) => c.trim() !== "")) return;
      if (++filled > limits.maxRows) {
        tooMany = true;
        return parser.abort();
      }
      rows[at] = data.length > limits.maxColumns ? data.slice(0, limits.maxColumns) : data;
    },
  });
  if (tooMany) throw new TooManyRows();
  // papaparse reads the text after a final line break as one more, empty row; the file has no such row.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  return rows;
}

export function writeCsv(header: string[], rows: CsvCell[][], formatNumber?: (n: number) => string): Buffer {
  return Buffer.from(csvText(header, rows, formatNumber), "utf8");
}
