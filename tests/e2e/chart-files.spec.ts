// A chart's files and printing (decision 0036), each checked by opening what came out: the PNG's signature and
// size, the SVG parsed as XML, the XLSX opened with ExcelJS (Vietnamese headers, numbers as numbers), the CSV's
// text; the presentation and the province page printed to PDF by Chromium, their pages counted and measured.
import { readFile } from "node:fs/promises";
import type { Download, Locator, Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { SaxesParser } from "saxes";
import { expect, test } from "./fixtures";

const TERM = "/tinh/thai-nguyen/nhiem-ky/2013-2018";
const FILE = "thai-nguyen-2013-2018-muc-tieu-va-ket-qua";

async function overview(page: Page) {
  await page.goto(TERM);
  const figure = page.getByRole("figure", { name: "Mục tiêu và kết quả nhiệm kỳ 2013–2018" });
  // The bars are drawn (Recharts measures its box first).
  await expect(figure.locator(".recharts-bar-rectangle").first()).toBeVisible();
  return figure;
}

async function download(page: Page, figure: Locator, name: RegExp): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), figure.getByRole("button", { name }).click()]);
  return { file, bytes: await readFile(await file.path()) };
}

test("a chart as PNG (2×, signature and size from IHDR) and as SVG (an <svg> document with the chart's figures)", async ({ page }) => {
  const figure = await overview(page);
  const box = await figure.locator("svg.recharts-surface").first().boundingBox();
  expect(box).not.toBeNull();

  const png = await download(page, figure, /dạng PNG$/);
  expect(png.file.suggestedFilename()).toBe(`${FILE}.png`);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  expect(png.bytes.readUInt32BE(16)).toBe(Math.round(box!.width) * 2);
  expect(png.bytes.readUInt32BE(20)).toBe(Math.round(box!.height) * 2);
  // Not a blank canvas: a drawn chart compresses to more than a few hundred bytes.
  expect(png.bytes.length).toBeGreaterThan(5_000);

  const svg = await download(page, figure, /dạng SVG$/);
  expect(svg.file.suggestedFilename()).toBe(`${FILE}.svg`);
  const text = svg.bytes.toString("utf8");
  const elements: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => elements.push(tag.local));
  parser.write(text).close();
  expect(elements[0]).toBe("svg");
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  for (const figureText of ["≈ 173%", "≈ 350%"]) expect(text).toContain(figureText);
  // The chart colours are CSS variables on the page: the file carries them resolved.
  expect(text).not.toContain("var(--");
});

test("a chart's table as XLSX (Vietnamese headers, numbers as numbers) and as CSV", async ({ page }) => {
  const figure = await overview(page);

  const xlsx = await download(page, figure, /dạng XLSX$/);
  expect(xlsx.file.suggestedFilename()).toBe(`${FILE}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(["Chỉ tiêu", "Loại mục tiêu", "Mục tiêu", "Kết quả", "Kết quả (ghi chú)", "% mục tiêu", "Đánh giá"]);
  const rows = [2, 3].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
  const coops = rows.find((r) => String(r[0]).startsWith("HTX thành lập mới"))!;
  expect(coops[3]).toBe(208);
  expect(coops[4]).toContain("cộng dồn 2013–2018");
  // Qualified figures stay as written: "≈ 120" is no number.
  expect(coops[2]).toBe("≈ 120; suy ra");
  expect(coops[5]).toBe("≈ 173%");
  expect(rows.find((r) => String(r[0]).startsWith("Tổ hợp tác thành lập mới"))![3]).toBe(606);

  const csv = await download(page, figure, /dạng CSV$/);
  expect(csv.file.suggestedFilename()).toBe(`${FILE}.csv`);
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\uFEFFChỉ tiêu,Loại mục tiêu,Mục tiêu,Kết quả,Kết quả (ghi chú),% mục tiêu,Đánh giá\r\n")).toBe(true);
  expect(text).toMatch(/\r\n"HTX thành lập mới[^\r\n]*,208,cộng dồn 2013–2018,≈ 173%,/);
});

test("without JavaScript the download buttons are not shown (the table is on the page)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TERM);
  const figure = page.getByRole("figure", { name: "Mục tiêu và kết quả nhiệm kỳ 2013–2018" });
  await expect(figure.getByRole("table")).toBeVisible();
  await expect(figure.getByRole("button", { name: /dạng PNG$/ })).toBeHidden();
  await context.close();
});

/** Pages of a PDF Chromium wrote (its page objects are not compressed) and the first one's size in points. */
function pdfPages(pdf: Buffer): { count: number; width: number; height: number } {
  const text = pdf.toString("latin1");
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
  return { count: text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0, width: Number(box?.[1]), height: Number(box?.[2]) };
}

test("the presentation prints a slide a page on A4 landscape, without its controls", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${TERM}/trinh-chieu`);
  await expect(page.locator("section[data-slide]")).toHaveCount(4);
  await page.emulateMedia({ media: "print" });
  // Stacked, every slide shown; the deck's buttons and counter are not printed.
  await expect(page.locator("section[data-slide]:visible")).toHaveCount(4);
  await expect(page.getByRole("navigation", { name: "Điều khiển trình chiếu" })).toBeHidden();
  await expect(page.locator("section[data-slide] .recharts-bar-rectangle").first()).toBeVisible();
  const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(pdf.count).toBe(4);
  // A4 landscape: 297 × 210 mm = 842 × 595 pt.
  expect(Math.round(pdf.width)).toBe(842);
  expect(Math.round(pdf.height)).toBe(595);
});

test("the province page prints on A4 portrait without the site's navigation; its tables keep their columns", async ({ page }) => {
  // A phone's width, where the screen stacks the tables' rows as cards: print must not.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/tinh/thai-nguyen");
  const table = page.locator("table.stack-table").first();
  await expect(table.locator("tbody tr").first()).toHaveCSS("display", "block");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
  // The header holds the navigation and the language switch.
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await expect(table.locator("tbody tr").first()).toHaveCSS("display", "table-row");
  await expect(table.locator("thead")).toHaveCSS("display", "table-header-group");
  await expect(page.getByRole("button", { name: /^Nguồn/ }).first()).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Thái Nguyên" })).toBeVisible();

  const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true }));
  expect(pdf.count).toBeGreaterThan(0);
  // A4 portrait: 595 × 842 pt.
  expect(Math.round(pdf.width)).toBe(595);
  expect(Math.round(pdf.height)).toBe(842);
});
