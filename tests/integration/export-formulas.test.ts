// The register's exports (CSV and XLSX) on a real database: units named like formulas come out as text with a
// leading quote, never as something a spreadsheet runs; members and years stay numeric cells.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { exportRegister } from "@/lib/services/import/export-register";
import { importRegister } from "@/lib/services/import/register-import";
import { parseCsv } from "@/lib/services/import/csv";
import { createUnit } from "@/lib/services/register/save-unit";
import { registerFilters } from "@/lib/validation/register-filters";
import { freshDemoDb } from "@/tests/support/db";
import { makeUser } from "@/tests/support/factories";

let db: PrismaClient;
let editor: Actor;
const slug = "thai-nguyen";
const NAMES = ["=1+1", '=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3"];
const run = (format: "csv" | "xlsx") => exportRegister(db, { actor: editor, slug, filters: registerFilters.parse({ q: "" }), format, locale: "vi" });

beforeAll(async () => {
  db = await freshDemoDb();
  editor = await makeUser(db, "PROVINCE_EDITOR", slug);
  for (const [i, name] of NAMES.entries()) {
    await createUnit(db, { actor: editor, slug, body: { name, type: "HTX", sector: "OTHER", commune: "-Xã", foundedYear: 2010 + i, members: 100 + i } });
  }
});
afterAll(() => db.$disconnect());

describe("formula-like names in the register's exports", () => {
  it("CSV: each such cell quoted, starting with a single quote; numbers as numbers", async () => {
    const { body } = await run("csv");
    const rows = parseCsv(body.toString("utf8"));
    for (const [i, name] of NAMES.entries()) {
      const r = rows.find((x) => x[0] === `'${name}`);
      expect(r, name).toBeDefined();
      expect([r![3], r![5], r![7]]).toEqual(["'-Xã", String(2010 + i), String(100 + i)]);
    }
    expect(body.toString("utf8")).toContain('"\'=HYPERLINK(""http://x"",""y"")",HTX,');
    expect(rows.some((r) => /^[=+\-@]/.test(r[0]))).toBe(false);
  });

  it("XLSX: string cells with the quote, numeric cells for years and counts", async () => {
    const { body } = await run("xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const found: string[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const name = row.getCell(1);
      expect(name.type).toBe(ExcelJS.ValueType.String);
      expect(String(name.value)).not.toMatch(/^[=+\-@\t\r]/);
      if (String(name.value).startsWith("'")) {
        found.push(String(name.value));
        expect(row.getCell(4).value).toBe("'-Xã");
        expect(row.getCell(6).type).toBe(ExcelJS.ValueType.Number);
        expect(row.getCell(8).type).toBe(ExcelJS.ValueType.Number);
      }
    });
    expect(found.sort()).toEqual(NAMES.map((n) => `'${n}`).sort());
  });

  it("imports back to the same names: the quote is not taken as part of a name", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      const { body, fileName } = await run(format);
      const r = await importRegister(db, { actor: editor, slug, file: { name: fileName, bytes: new Uint8Array(body) }, locale: "vi", commit: false });
      expect(r.rows).toBe(NAMES.length);
      expect(r.problems.map((p) => p.code)).toEqual(NAMES.map(() => "ALREADY_REGISTERED"));
    }
  });
});
