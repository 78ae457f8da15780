// A chart's files, made in the browser from what its frame shows (decision 0036): the drawn <svg> as SVG and
// as PNG, the data table as CSV and XLSX. Loaded only when a download button is pressed (chart-downloads.tsx),
// so neither this nor ExcelJS weighs on a page that nobody downloads from.
import type { Locale } from "@/lib/domain/types";
import { parseNumber } from "@/lib/domain/numbers";
import { formulaSafe } from "@/lib/domain/formula-text";
import { csvText } from "@/lib/format/csv-text";

export type FileKind = "png" | "svg" | "csv" | "xlsx";

const SVG_NS = "http://www.w3.org/2000/svg";
const PNG_SCALE = 2;
// The computed styles that decide how an SVG element looks: Tailwind classes and CSS variables (the chart
// colours) do not travel with a file, so each element gets them written inline.
const STYLE_PROPS = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "opacity", "visibility", "display",
  "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "paint-order", "stop-color", "stop-opacity",
];

/** The chart's surface: the largest <svg> in the frame's picture (a legend's swatches are small svgs too). */
function chartSvg(figure: HTMLElement): SVGSVGElement | null {
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('[role="img"] svg')];
  const area = (s: SVGSVGElement) => s.getBoundingClientRect().width * s.getBoundingClientRect().height;
  return svgs.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/** A standalone SVG document: sized, on a white ground, every element's look inlined. */
function svgDocument(figure: HTMLElement): { text: string; width: number; height: number } {
  const svg = chartSvg(figure);
  if (!svg) throw new Error("no chart");
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [copy, ...copy.querySelectorAll("*")];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i] as SVGElement;
    target.removeAttribute("class");
    target.setAttribute("style", STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(";"));
    // `fill="var(--chart-1)"` means nothing outside the page; the style above has the resolved colour.
    for (const attr of [...target.attributes]) if (attr.value.includes("var(")) target.removeAttribute(attr.name);
  });
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("width", String(Math.round(width)));
  copy.setAttribute("height", String(Math.round(height)));
  if (!copy.getAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const ground = document.createElementNS(SVG_NS, "rect");
  for (const [k, v] of Object.entries({ x: "0", y: "0", width: "100%", height: "100%", fill: "#ffffff" })) ground.setAttribute(k, v);
  copy.insertBefore(ground, copy.firstChild);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  return { text, width: Math.round(width), height: Math.round(height) };
}

async function pngBlob(figure: HTMLElement): Promise<Blob> {
  const { text, width, height } = svgDocument(figure);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no canvas");
    ctx.scale(PNG_SCALE, PNG_SCALE);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no png"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

type Cell = string | number | null;
type Sheet = { header: string[]; rows: Cell[][]; percent: boolean[] };

/** A cell as the page shows it, a line per block, without its buttons ("Nguồn" opens a popover, it is no figure). */
function cellLines(cell: Element): string[] {
  const copy = cell.cloneNode(true) as HTMLElement;
  copy.querySelectorAll("button, [aria-hidden='true']").forEach((el) => el.remove());
  // innerText needs layout to see blocks; the copy is detached, so blocks are found by tag and class instead.
  copy.querySelectorAll(".block, .flex, div, p, br").forEach((el) => el.before("\n"));
  return (copy.textContent ?? "").split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
}

type Parsed = { value: Cell; percent: boolean };

/** "1.342" → 1342, "173%" → 1.73 (marked as a percentage); "≈ 120", "trên 200.000", "2–4,5" stay text as written. */
function cellValue(text: string, locale: Locale): Parsed {
  if (text === "" || text === "—") return { value: null, percent: false };
  const percent = /\d\s*%$/.test(text);
  const parsed = parseNumber(percent ? text.replace(/\s*%$/, "") : text, locale);
  if (!parsed.ok) return { value: text, percent: false };
  return percent ? { value: parsed.value / 100, percent: true } : { value: parsed.value, percent: false };
}

/**
 * The frame's data table as rows under its own column headers. A figure with a note under it ("208", "cộng dồn
 * 2013–2018") keeps the figure a number: its column gains a second one, "Kết quả (ghi chú)", for the notes.
 * Columns with nothing in them (the sources' buttons) are left out.
 */
function tableSheet(figure: HTMLElement, locale: Locale, noteWord: string): Sheet {
  const table = figure.querySelector("table");
  if (!table) throw new Error("no table");
  const header = [...table.querySelectorAll("thead th")].map((th) => cellLines(th).join(" "));
  const lines = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map(cellLines));
  const columns: { label: string; percent: boolean; cells: Cell[] }[] = [];
  header.forEach((label, i) => {
    const cells = lines.map((row) => row[i] ?? []);
    const split = cells.some((c) => c.length > 1 && typeof cellValue(c[0], locale).value === "number");
    const main = cells.map((c) => cellValue(split ? (c[0] ?? "") : c.join("; "), locale));
    columns.push({ label, percent: main.some((p) => p.percent), cells: main.map((p) => p.value) });
    if (split) columns.push({ label: `${label} (${noteWord})`, percent: false, cells: cells.map((c) => c.slice(1).join("; ") || null) });
  });
  const kept = columns.filter((c) => c.cells.some((v) => v !== null));
  return { header: kept.map((c) => c.label), percent: kept.map((c) => c.percent), rows: lines.map((_, r) => kept.map((c) => c.cells[r])) };
}

function csvBlob(sheet: Sheet): Blob {
  // A percentage goes out as it reads ("173%"): Excel and LibreOffice take that as the number 1,73 in % format.
  const rows = sheet.rows.map((r) => r.map((v, i) => (sheet.percent[i] && typeof v === "number" ? `${Math.round(v * 10000) / 100}%` : v)));
  return new Blob([csvText(sheet.header, rows)], { type: "text/csv;charset=utf-8" });
}

async function xlsxBlob(sheet: Sheet, title: string): Promise<Blob> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  // A sheet name is at most 31 characters and may not hold []:*?/\.
  const ws = book.addWorksheet(title.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet1");
  ws.addRow(sheet.header.map(formulaSafe)).font = { bold: true };
  for (const row of sheet.rows) ws.addRow(row.map((v) => (typeof v === "string" ? formulaSafe(v) : v)));
  sheet.percent.forEach((isPercent, i) => {
    const column = ws.getColumn(i + 1);
    if (isPercent) column.numFmt = "0%";
    column.width = Math.min(60, Math.max(10, ...[sheet.header[i], ...sheet.rows.map((r) => r[i])].map((v) => String(v ?? "").length + 2)));
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const bytes = await book.xlsx.writeBuffer();
  return new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Request = { kind: FileKind; figure: HTMLElement; name: string; title: string; locale: Locale; noteWord: string };

export async function downloadChartFile({ kind, figure, name, title, locale, noteWord }: Request): Promise<void> {
  const filename = `${name}.${kind}`;
  if (kind === "svg") return save(new Blob([svgDocument(figure).text], { type: "image/svg+xml" }), filename);
  if (kind === "png") return save(await pngBlob(figure), filename);
  const sheet = tableSheet(figure, locale, noteWord);
  save(kind === "csv" ? csvBlob(sheet) : await xlsxBlob(sheet, title), filename);
}
