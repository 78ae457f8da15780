// Files out and a yearly report in, on a real database: the templates (XLSX with a guide, CSV with a BOM), the
// filtered register exported as CSV, and a yearly report imported through saveDraft (its checks, its version
// guard, its audit entry), exported in the template's format and imported again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/lib/prisma-client";
import { createUnit } from "@/lib/services/register/save-unit";
import { freshDemoDb, sql } from "@/tests/support/db";
import { makeUser } from "@/tests/support/factories";
import { sessionCookie, useRunDatabase } from "@/tests/support/routes";
import { get, upload, xlsx } from "./import-helpers";

let db: PrismaClient;
const cookies: Record<string, string> = {};
let exportRoute: typeof import("@/app/api/v1/provinces/[slug]/register/export/route");
let templateRoute: typeof import("@/app/api/v1/import/templates/[kind]/route");
let reportRoute: typeof import("@/app/api/v1/import/reports/[slug]/[year]/route");
const slug = "thai-nguyen";

beforeAll(async () => {
  db = await freshDemoDb();
  useRunDatabase();
  const editor = await makeUser(db, "PROVINCE_EDITOR", slug);
  cookies.editor = await sessionCookie(editor);
  cookies.other = await sessionCookie(await makeUser(db, "PROVINCE_EDITOR", "ha-giang"));
  const union = await createUnit(db, { actor: editor, slug, body: { name: "Liên hiệp HTX chè Thái Nguyên", type: "LH_HTX", sector: "AGRICULTURE", foundedYear: 2019 } });
  await createUnit(db, { actor: editor, slug, body: { name: "HTX chè La Bằng", type: "HTX", sector: "AGRICULTURE", commune: "La Bằng", registrationNo: "4600123", foundedYear: 2012, members: 1342, workers: 1342, rating: "GOOD", ratingYear: 2024, unionId: union.id } });
  exportRoute = await import("@/app/api/v1/provinces/[slug]/register/export/route");
  templateRoute = await import("@/app/api/v1/import/templates/[kind]/route");
  reportRoute = await import("@/app/api/v1/import/reports/[slug]/[year]/route");
});
afterAll(() => db.$disconnect());

describe("templates and exports", () => {
  it("serves the register and report templates as XLSX (with a guide) and CSV (UTF-8 with BOM)", async () => {
    const res = await templateRoute.GET(get("/api/v1/import/templates/register?format=xlsx"), { params: Promise.resolve({ kind: "register" }) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Sổ đăng ký", "Hướng dẫn"]);
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe("Tên đơn vị");
    const csvRes = await templateRoute.GET(get("/api/v1/import/templates/report?format=csv"), { params: Promise.resolve({ kind: "report" }) });
    const raw = Buffer.from(await csvRes.arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString("utf8");
    expect(text).toContain("Mã chỉ tiêu,Tên chỉ tiêu,Đơn vị tính,Giá trị");
    expect(text).toContain("coops_new,HTX thành lập mới");
  });

  it("exports the filtered register as CSV with a BOM, and refuses another province's editor", async () => {
    const q = `?format=csv&type=HTX&q=${encodeURIComponent("la bang")}`;
    const res = await exportRoute.GET(get(`/api/v1/provinces/${slug}/register/export${q}`, cookies.editor), { params: Promise.resolve({ slug }) });
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="so-dang-ky-thai-nguyen-\d{4}-\d{2}-\d{2}\.csv"/);
    const raw = Buffer.from(await res.arrayBuffer());
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw.toString("utf8").split("\r\n");
    expect(lines[1]).toBe("HTX chè La Bằng,HTX,nông nghiệp,La Bằng,4600123,2012,,1342,1342,tốt,2024,Liên hiệp HTX chè Thái Nguyên");
    expect(lines.filter(Boolean)).toHaveLength(2);
    const other = await exportRoute.GET(get(`/api/v1/provinces/${slug}/register/export?format=xlsx`, cookies.other), { params: Promise.resolve({ slug }) });
    expect(other.status).toBe(403);
  });
});

describe("a yearly report from a file", () => {
  const params = { params: Promise.resolve({ slug, year: "2024" }) };
  const reportFile = (...rows: (string | number | null)[][]) => xlsx("Báo cáo năm", [["Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị", "Giá trị cao (nếu là khoảng)", "Mức chính xác"], ...rows]);
  const send = async (bytes: Uint8Array, mode: string, fields: Record<string, string> = {}, cookie = cookies.editor) =>
    reportRoute.POST(upload(`/api/v1/import/reports/${slug}/2024?mode=${mode}`, bytes, "bao-cao.xlsx", { cookie, fields }), params);

  it("lists bad rows (unknown code, not a number, a new count above the total) and writes nothing", async () => {
    const res = await send(await reportFile(["coops_total", null, 500, null, null], ["coops_new", null, 520, null, null], ["khong_co", null, 1, null, null], ["members", null, "nhiều", null, null]), "check");
    const r = await res.json();
    expect(r.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([[3, "EXCEEDS_TOTAL"], [4, "UNKNOWN_INDICATOR"], [5, "FILE_NOT_NUMBER"]]);
    expect(r.problems[0].message).toBe("Không được lớn hơn “HTX đang hoạt động”.");
    expect(await sql(`SELECT r.id FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND year = 2024`, [slug])).toEqual([]);
  });

  it("imports through saveDraft with the version of the dry run, keeping values the file leaves empty", async () => {
    const first = await reportFile(["coops_total", null, "1.342", null, null], ["avg_income_worker", null, "4,67", null, "xấp xỉ"]);
    const check = await (await send(first, "check")).json();
    expect([check.version, check.problems]).toEqual([0, []]);
    expect((await (await send(first, "commit", { version: "0" })).json()).version).toBe(1);
    const second = await reportFile(["coops_new", null, 31, null, null], ["members_workers", null, 200000, 250000, null]);
    expect((await (await send(second, "commit", { version: "0" })).json()).error.code).toBe("CONFLICT");
    expect((await (await send(second, "commit", { version: "1" })).json()).version).toBe(2);
    const values = await sql(`SELECT i.code, v.qualifier, v.value::float8 AS value, v.high::float8 AS high FROM "ReportValue" v JOIN "Indicator" i ON i.id = v."indicatorId" JOIN "YearlyReport" r ON r.id = v."reportId" JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = 2024 ORDER BY 1`, [slug]);
    expect(values).toEqual([
      { code: "avg_income_worker", qualifier: "APPROX", value: 4.67, high: null },
      { code: "coops_new", qualifier: "EXACT", value: 31, high: null },
      { code: "coops_total", qualifier: "EXACT", value: 1342, high: null },
      { code: "members_workers", qualifier: "RANGE", value: 200000, high: 250000 },
    ]);
    const audit = await sql(`SELECT action FROM "AuditEntry" WHERE entity = 'YearlyReport' ORDER BY id`);
    expect(audit.map((x) => x.action)).toEqual(["create", "save"]);
    expect((await send(second, "check", {}, cookies.other)).status).toBe(403);
  });

  it("exports the report's values in the template's format, which imports again", async () => {
    const res = await reportRoute.GET(get(`/api/v1/import/reports/${slug}/2024?format=xlsx`, cookies.editor), params);
    expect(res.headers.get("content-disposition")).toContain("bao-cao-thai-nguyen-2024-ban-nhap.xlsx");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const check = await (await send(bytes, "check")).json();
    expect([check.problems, check.changes, check.version]).toEqual([[], [], 2]);
    expect((await reportRoute.GET(get(`/api/v1/import/reports/${slug}/2024?format=csv`), params)).status).toBe(404);
  });

  it("refuses a file for an approved report", async () => {
    const res = await reportRoute.POST(upload(`/api/v1/import/reports/${slug}/2018?mode=check`, await reportFile(["coops_new", null, 1, null, null]), "b.xlsx", { cookie: cookies.editor }), { params: Promise.resolve({ slug, year: "2018" }) });
    expect((await res.json()).error.file.message).toBe("Báo cáo năm 2018 đã được duyệt và khóa: không nhập được.");
  });
});
