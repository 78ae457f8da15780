// The one CSV writer (decision 0025), out of lib/services/import/csv.ts so that the browser can use it too (a
// chart's CSV download, decision 0036): UTF-8 with a BOM (Excel then shows Vietnamese correctly), comma-delimited,
// CRLF, formula-like text neutralised (lib/domain/formula-text.ts). The reader stays in lib/services/import/csv.ts.
import { formulaSafe } from "@/lib/domain/formula-text";

export type CsvCell = string | number | boolean | null | undefined;

/** One cell: a number as `formatNumber` writes it; text made formula-safe, and quoted when neutralised. */
export function csvField(v: CsvCell, formatNumber: (n: number) => string = String): string {
  if (v === null || v === undefined) return "";
  // A number written the Vietnamese way ("4,67") holds the delimiter: quoted, it is still read as a number.
  if (typeof v === "number") return quoteIf(formatNumber(v), false);
  const text = String(v);
  const safe = formulaSafe(text);
  return quoteIf(safe, safe !== text);
}

function quoteIf(s: string, always: boolean): string {
  return always || /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The whole file as text: a BOM, the header, the rows, each line ended by CRLF. */
export function csvText(header: string[], rows: CsvCell[][], formatNumber?: (n: number) => string): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map((c) => csvField(c, formatNumber)).join(",")).join("\r\n") + "\r\n";
}
