// Files we hand out: XLSX (a data sheet with a bold, frozen header row, plus an optional guide sheet) and CSV
// (UTF-8 with a BOM). Numbers are real numeric cells in XLSX; in CSV they follow the page's language
// ("4,67" in Vietnamese) without thousands separators, so the file reads back the same way.
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/domain/types";
import { formulaSafe } from "@/lib/domain/formula-text";
import { writeCsv } from "./csv";

export type FileFormat = "xlsx" | "csv";
export type OutCell = string | number | null;

export interface SheetData {
  name: string;
  header: string[];
  rows: OutCell[][];
  widths?: number[];
}

export interface OutFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export const CONTENT_TYPES: Record<FileFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

export async function xlsxBuffer(sheets: SheetData[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "HTX Dashboard";
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = s.header.map((h, i) => ({ header: h, width: s.widths?.[i] ?? Math.max(12, h.length + 2) }));
    ws.getRow(1).font = { bold: true };
    // Years and counts print as written: no "2.015".
    ws.columns.forEach((c) => { c.numFmt = "General"; });
    // Text that a spreadsheet would run as a formula gets its quote; numbers stay numeric cells.
    ws.addRows(s.rows.map((r) => r.map((c) => (typeof c === "string" ? formulaSafe(c) : c))));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvNumber(n: number, locale: Locale): string {
  const s = String(n);
  return locale === "vi" ? s.replace(".", ",") : s;
}

export function csvBuffer(sheet: SheetData, locale: Locale): Buffer {
  return writeCsv(sheet.header, sheet.rows, (n) => csvNumber(n, locale));
}

/** The file of a format: XLSX with every sheet, CSV with the first (data) sheet only. */
export async function outFile(base: string, format: FileFormat, sheets: SheetData[], locale: Locale): Promise<OutFile> {
  const body = format === "xlsx" ? await xlsxBuffer(sheets) : csvBuffer(sheets[0], locale);
  return { fileName: `${base}.${format}`, contentType: CONTENT_TYPES[format], body };
}
