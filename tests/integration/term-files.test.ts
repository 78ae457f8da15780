// A term's files, opened as a user's office suite would (decision 0035): the progress workbook (?format=xlsx)
// read back with ExcelJS, the meeting pack (slides.pptx) unzipped with our own zip reader and its slides read.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import * as t from "@/lib/charts/progress-text";
import { getMessages } from "@/lib/i18n/messages";
import type { ProgressRow } from "@/lib/queries/progress";
import { entryBytes, zipEntries } from "@/lib/services/import/zip";
import { call, demoApi } from "@/tests/support/routes";

const loaders = {
  progress: () => import("@/app/api/v1/provinces/[slug]/terms/[years]/progress/route"),
  slides: () => import("@/app/api/v1/provinces/[slug]/terms/[years]/slides.pptx/route"),
};
const api = demoApi(loaders);
const { routes } = api;

const base = (slug: string, years: string) => `/api/v1/provinces/${slug}/terms/${years}`;
const progress = (slug: string, years: string, query = "") => call(routes.progress.GET, `${base(slug, years)}/progress${query}`, { slug, years });
const slides = (slug: string, years: string, query = "") => call(routes.slides.GET, `${base(slug, years)}/slides.pptx${query}`, { slug, years });
const rowsOf = async (slug: string, years: string): Promise<ProgressRow[]> => (await (await progress(slug, years)).json()).rows;

/** Text as it sits in the XML of a slide or a sheet. */
const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Each part of the zip, as text. */
async function unzip(res: Response): Promise<Map<string, string>> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const parts = new Map<string, string>();
  for (const [name, entry] of zipEntries(bytes)) parts.set(name, entryBytes(bytes, entry).toString("utf8"));
  return parts;
}
const slideNames = (parts: Map<string, string>) => [...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));

async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb.worksheets[0];
}

describe("GET …/progress?format=xlsx", () => {
  it("answers a public workbook with Vietnamese headers, numbers as numbers and qualifiers in their own column", async () => {
    const res = await progress("thai-nguyen", "2013-2018", "?format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="thai-nguyen-2013-2018-progress.xlsx"');
    expect(res.headers.get("cache-control")).toMatch(/^public/);
    const ws = await sheetOf(res);
    const words = getMessages("vi").termFiles.sheet.columns;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(Object.values(words));
    const col = (key: keyof typeof words) => header.indexOf(words[key]) + 1;
    expect(ws.rowCount).toBe(3);
    const coops = ws.getRow(2).getCell(col("code")).value === "coops_new" ? ws.getRow(2) : ws.getRow(3);
    expect(coops.getCell(col("indicator")).value).toBe("HTX thành lập mới");
    expect(coops.getCell(col("targetMin")).value).toBe(120);
    expect(coops.getCell(col("resultValue")).value).toBe(208);
    expect(coops.getCell(col("resultValue")).type).toBe(ExcelJS.ValueType.Number);
    expect(coops.getCell(col("achievement")).value).toBeCloseTo(173.33, 2);
    expect(coops.getCell(col("targetQualifier")).value).toBe("xấp xỉ");
    expect(coops.getCell(col("resultQualifier")).value).toBe("chính xác");
    expect(coops.getCell(col("status")).value).toBe("Vượt mục tiêu");
  });
  it("speaks English with lang=en and refuses another language", async () => {
    const res = await progress("thai-nguyen", "2013-2018", "?format=xlsx&lang=en");
    expect(res.headers.get("content-disposition")).toContain("thai-nguyen-2013-2018-progress-en.xlsx");
    const ws = await sheetOf(res);
    expect(ws.getRow(1).getCell(2).value).toBe("Indicator");
    expect(ws.getRow(2).getCell(2).value === "New cooperatives" || ws.getRow(3).getCell(2).value === "New cooperatives").toBe(true);
    const bad = await progress("thai-nguyen", "2013-2018", "?format=xlsx&lang=fr");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: "BAD_PARAMETER", parameter: "lang" });
  });
});

describe("GET …/slides.pptx", () => {
  it("holds a cover, a summary and one slide per target, with the targets' words, figures and sources", async () => {
    const rows = await rowsOf("thai-nguyen", "2013-2018");
    const res = await slides("thai-nguyen", "2013-2018");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="thai-nguyen-2013-2018.pptx"');
    expect(res.headers.get("cache-control")).toMatch(/^public/);
    const parts = await unzip(res);
    expect(slideNames(parts)).toHaveLength(2 + rows.length);
    expect(parts.get("ppt/slides/slide1.xml")).toContain("Thái Nguyên");
    expect(parts.get("ppt/slides/slide1.xml")).toContain(xml("Đại hội IV, nhiệm kỳ 2013–2018"));
    const m = getMessages("vi");
    rows.forEach((row, i) => {
      const slide = parts.get(`ppt/slides/slide${i + 3}.xml`)!;
      expect(slide).toContain(xml(row.nameVi));
      expect(slide).toContain(xml(t.targetText(row, "vi", m)));
      expect(slide).toContain(xml(t.resultText(row, "vi")!));
      expect(slide).toContain(xml(m.status[row.status]));
      const notes = [...parts].find(([name, text]) => name.startsWith("ppt/notesSlides/") && text.includes(xml(row.sources[0].title)));
      expect(notes, row.indicator).toBeDefined();
    });
    // Native charts, one per target with a result.
    expect([...parts.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(rows.filter((r) => r.achievement !== null).length);
    // The notes of the first target's slide name its source's title (each slide's notes are linked from its rels).
    const rels = parts.get("ppt/slides/_rels/slide3.xml.rels")!;
    const notesName = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)![1];
    expect(parts.get(`ppt/notesSlides/${notesName}`)).toContain(xml(rows[0].sources[0].title));
  });
  it("has one slide per target where no target has a result yet, and speaks English with lang=en", async () => {
    const rows = await rowsOf("thai-nguyen", "2018-2023");
    const parts = await unzip(await slides("thai-nguyen", "2018-2023"));
    expect(slideNames(parts)).toHaveLength(2 + rows.length);
    const en = await slides("thai-nguyen", "2013-2018", "?lang=en");
    expect(en.headers.get("content-disposition")).toContain("thai-nguyen-2013-2018-en.pptx");
    const enParts = await unzip(en);
    expect(enParts.get("ppt/slides/slide3.xml")).toMatch(/New cooperatives|members/i);
  });
  it("404s an unknown province or term, 400s a malformed one, as JSON", async () => {
    expect((await (await slides("khong-co", "2013-2018")).json()).error.code).toBe("UNKNOWN_PROVINCE");
    expect((await (await slides("thai-nguyen", "2013-2019")).json()).error.code).toBe("UNKNOWN_TERM");
    expect((await (await slides("thai-nguyen", "2013")).json()).error.parameter).toBe("years");
    expect((await (await slides("thai-nguyen", "2013-2018", "?lang=xx")).json()).error.parameter).toBe("lang");
  });
});

describe("text a spreadsheet would run", () => {
  it("is written with its quote in the workbook and as plain text on the slides", async () => {
    await api.db.indicator.update({ where: { code: "coops_new" }, data: { nameVi: "=HYPERLINK(\"http://x\",\"y\")" } });
    const ws = await sheetOf(await progress("thai-nguyen", "2013-2018", "?format=xlsx"));
    const names = [ws.getRow(2).getCell(2), ws.getRow(3).getCell(2)];
    const cell = names.find((c) => String(c.value).includes("HYPERLINK"))!;
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("'=HYPERLINK(\"http://x\",\"y\")");
  });
});
