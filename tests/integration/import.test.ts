// The register import on a real database: the dry run listing every bad row, all-or-nothing imports (one failing
// midway writes nothing), refused files, permissions, the NDJSON progress stream, and a 50,000-row import's
// timing. Templates, exports and the yearly report's import: import-report.test.ts.
import type { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorWords } from "@/lib/i18n/errors";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { importRegister } from "@/lib/services/import/register-import";
import { freshDemoDb, sql } from "@/tests/support/db";
import { makeUser } from "@/tests/support/factories";
import { sessionCookie, useRunDatabase } from "@/tests/support/routes";
import { fail } from "@/tests/support/fail";
import { REGISTER_HEADER as HEADER, registerCsv as csv, upload, xlsx } from "./import-helpers";

let db: PrismaClient;
const a: Record<string, Actor> = {};
const cookies: Record<string, string> = {};
let importRoute: typeof import("@/app/api/v1/provinces/[slug]/register/import/route");
const slug = "thai-nguyen";
const unitCount = async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "RegisterUnit"`))[0].n);
const auditCount = async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEntry"`))[0].n);
const run = (actor: Actor | null, bytes: Uint8Array, commit: boolean, name = "so-dang-ky.csv", onProgress?: Parameters<typeof importRegister>[1]["onProgress"]) =>
  importRegister(db, { actor, slug, file: { name, bytes }, locale: "vi", commit, onProgress });

beforeAll(async () => {
  db = await freshDemoDb();
  useRunDatabase();
  a.editor = await makeUser(db, "PROVINCE_EDITOR", slug);
  a.other = await makeUser(db, "PROVINCE_EDITOR", "ha-giang");
  a.committee = await makeUser(db, "COMMITTEE");
  for (const k of Object.keys(a)) cookies[k] = await sessionCookie(a[k]);
  importRoute = await import("@/app/api/v1/provinces/[slug]/register/import/route");
});
afterAll(() => db.$disconnect());

describe("the register import's dry run", () => {
  it("lists every bad row with its row number, column and a Vietnamese message, and writes nothing", async () => {
    const file = csv(
      "HTX chè Tân Hương,HTX,nông nghiệp,Tân Cương,,2015,,1.342,12,khá,2024,",
      "HTX Sai Loại,Hợp tác xã kiểu mới,nông nghiệp,,,2015,,,,,,",
      "HTX Sai Lĩnh Vực,HTX,trồng lúa,,,2015,,,,,,",
      "HTX Năm Lạ,HTX,nông nghiệp,,,20x5,,,,,,",
      "HTX Thành Viên Lẻ,HTX,nông nghiệp,,,2015,,\"12,5\",,,,",
      "htx chè tân hương,THT,nông nghiệp,,,2016,,,,,,",
      "HTX Lạc Liên Hiệp,HTX,vận tải,,,2016,,,,,,Liên hiệp không có",
      "HTX Giải Thể Sớm,HTX,xây dựng,,,2016,2010,,,,,",
    );
    const before = [await unitCount(), await auditCount()];
    const r = await run(a.editor, file, false);
    expect([r.rows, r.valid, r.created]).toEqual([8, 1, 0]);
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, "Loại hình", "UNKNOWN_TYPE"],
      [4, "Lĩnh vực", "UNKNOWN_SECTOR"],
      [5, "Năm thành lập", "NOT_YEAR"],
      [6, "Số thành viên", "NOT_WHOLE"],
      [7, "Tên đơn vị", "DUPLICATE_IN_FILE"],
      [8, "Thành viên của LH HTX", "UNKNOWN_UNION"],
      [9, "Năm giải thể", "DISSOLVED_BEFORE_FOUNDED"],
    ]);
    expect(errorWords("vi").field(r.problems[4])).toBe("Trùng tên với dòng 2 trong cùng tệp.");
    expect(errorWords("vi").field(r.problems[5])).toBe("Không có liên hiệp HTX “Liên hiệp không có” trong sổ đăng ký của tỉnh.");
    expect([await unitCount(), await auditCount()]).toEqual(before);
  });

  it("accepts real numeric cells and Vietnamese text numbers in an XLSX, and unions of the same file", async () => {
    const bytes = await xlsx("Sổ đăng ký", [
      HEADER.replace("Xã, phường", "Xã/phường").split(","),
      ["Liên hiệp HTX chè Thái Nguyên", "LH HTX", "nông nghiệp", null, null, 2019, null, 5, 10, null, null, null],
      ["HTX chè La Bằng", "HTX", "Nông nghiệp", "La Bằng", "4600123", 2012, null, 1342, "1.342", "tốt", 2024, "Liên hiệp HTX chè Thái Nguyên"],
      ["Tổ hợp tác rau Đồng Hỷ", "tổ hợp tác", "nông nghiệp", null, null, "2020", null, "8", null, null, null, null],
    ]);
    const before = await auditCount();
    const r = await run(a.editor, bytes, true, "so-dang-ky.xlsx");
    expect([r.problems, r.created, r.byType]).toEqual([[], 3, { HTX: 1, LH_HTX: 1, THT: 1, QTDND: 0 }]);
    const [labang] = await sql(`SELECT u.members, u.workers, u.rating, l.name AS union FROM "RegisterUnit" u JOIN "RegisterUnit" l ON l.id = u."unionId" WHERE u.name = 'HTX chè La Bằng'`);
    expect(labang).toEqual({ members: 1342, workers: 1342, rating: "GOOD", union: "Liên hiệp HTX chè Thái Nguyên" });
    const audit = await sql(`SELECT entity, action, after FROM "AuditEntry" ORDER BY id DESC LIMIT 1`);
    expect(await auditCount()).toBe(before + 1);
    expect(audit[0]).toMatchObject({ entity: "RegisterUnit", action: "import", after: { file: "so-dang-ky.xlsx", rows: 3, created: 3, byType: { HTX: 1, LH_HTX: 1, THT: 1, QTDND: 0 } } });
    // Importing the same file again: every row is already registered.
    expect((await run(a.editor, bytes, false, "so-dang-ky.xlsx")).problems.map((p) => p.code)).toEqual(["ALREADY_REGISTERED", "ALREADY_REGISTERED", "ALREADY_REGISTERED"]);
  });
});

describe("all or nothing", () => {
  it("refuses to commit a file that still has problems, writing nothing", async () => {
    const before = await unitCount();
    const e = await fail(run(a.editor, csv("HTX Tốt,HTX,nông nghiệp,,,2015,,,,,,", "HTX Xấu,HTX,nông nghiệp,,,năm ngoái,,,,,,"), true));
    expect(e.code).toBe("INVALID");
    expect(errorWords("vi").field(e.details.file)).toBe("Tệp còn 1 lỗi: sửa hết rồi nhập lại; chưa có gì được ghi.");
    expect(await unitCount()).toBe(before);
  });

  it("writes nothing when the import fails midway (after the first batch was inserted)", async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `HTX thử nghiệm ${i},HTX,nông nghiệp,,,2015,,7,,,,`);
    const before = [await unitCount(), await auditCount()];
    const e = await fail(run(a.editor, csv(...lines), true, "lon.csv", (p) => {
      if (p.phase === "write" && p.done >= 2000) throw new Error("the connection dropped");
    }));
    expect(e.message).toBe("the connection dropped");
    expect([await unitCount(), await auditCount()]).toEqual(before);
  });
});

describe("refused files", () => {
  const refused = async (bytes: Uint8Array, name: string) => (await fail(run(a.editor, bytes, false, name))).details.file.code;
  it("refuses what is not a spreadsheet, an old .xls, a broken XLSX, a CSV not in UTF-8, and an empty file", async () => {
    expect(await refused(Buffer.from("%PDF-1.4\n\0\0binary"), "bao-cao.pdf")).toBe("NOT_SPREADSHEET");
    expect(await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "cu.xls")).toBe("OLD_EXCEL");
    expect(await refused(Buffer.from("PK\x03\x04 this is no workbook"), "hong.xlsx")).toBe("BAD_XLSX");
    expect(await refused(Buffer.from("T\xean \xf0\xe1n v\xef\n", "latin1"), "latin1.csv")).toBe("NOT_UTF8");
    expect(await refused(new Uint8Array(0), "rong.csv")).toBe("EMPTY_FILE");
  });
  it("refuses the wrong sheet, missing columns, no rows, too many rows and more than 10 MB", async () => {
    expect(await refused(await xlsx("Báo cáo năm", [["Mã chỉ tiêu", "Giá trị"], ["coops_new", 31]]), "nham.xlsx")).toBe("WRONG_SHEET");
    const missing = await fail(run(a.editor, Buffer.from("Tên đơn vị,Lĩnh vực,Năm thành lập\nHTX A,nông nghiệp,2015\n"), false));
    expect(errorWords("vi").field(missing.details.file)).toBe("Thiếu cột: “Loại hình”. Dòng đầu của trang tính phải là tên các cột như trong tệp mẫu.");
    expect(await refused(csv(), "rong.csv")).toBe("NO_ROWS");
    expect(await refused(csv(...Array.from({ length: 50_001 }, (_, i) => `HTX ${i},HTX,khác,,,2015,,,,,,`)), "qua-nhieu.csv")).toBe("TOO_MANY_ROWS");
    expect(await refused(Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), "lon.csv")).toBe("TOO_LARGE");
  });
});

describe("POST /api/v1/provinces/{slug}/register/import", () => {
  const url = (mode: string) => `/api/v1/provinces/${slug}/register/import?mode=${mode}`;
  const post = (req: NextRequest) => importRoute.POST(req, { params: Promise.resolve({ slug }) });
  const file = csv("HTX Phúc Trìu,HTX,nông nghiệp,,,2016,,20,,,,");

  it("refuses anonymous callers, another province's editor and the committee, and cross-site posts, writing nothing", async () => {
    const before = await unitCount();
    expect((await post(upload(url("commit"), file, "a.csv"))).status).toBe(401);
    expect((await post(upload(url("commit"), file, "a.csv", { cookie: cookies.other }))).status).toBe(403);
    expect((await post(upload(url("commit"), file, "a.csv", { cookie: cookies.committee }))).status).toBe(403);
    const cross = await post(upload(url("commit"), file, "a.csv", { cookie: cookies.editor, headers: { origin: "https://evil.example", host: "localhost" } }));
    expect([cross.status, (await cross.json()).error.code]).toEqual([403, "CROSS_SITE"]);
    expect(await unitCount()).toBe(before);
  });

  it("answers a refused file with 422 and its message", async () => {
    const res = await post(upload(url("check"), Buffer.from("%PDF\0"), "x.pdf", { cookie: cookies.editor }));
    expect(res.status).toBe(422);
    expect((await res.json()).error.file.message).toBe("Tệp không phải bảng tính XLSX hay CSV: hãy dùng tệp mẫu.");
  });

  it("streams progress as NDJSON, then the result", async () => {
    const res = await post(upload(url("commit"), file, "a.csv", { cookie: cookies.editor, headers: { accept: "application/x-ndjson" } }));
    expect(res.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === "progress").map((l) => l.phase)).toEqual(expect.arrayContaining(["read", "check", "write"]));
    expect(lines.at(-1)).toMatchObject({ type: "result", created: 1, problems: [] });
    const again = await post(upload(url("commit"), file, "a.csv", { cookie: cookies.editor, headers: { accept: "application/x-ndjson" } }));
    const last = JSON.parse((await again.text()).trim().split("\n").at(-1)!);
    expect(last).toMatchObject({ type: "error", status: 422, error: { code: "INVALID", problems: [expect.objectContaining({ code: "ALREADY_REGISTERED", row: 2 })] } });
  });
});

describe("a large import", () => {
  it("imports 50,000 rows of an XLSX in one transaction in reasonable time", async () => {
    const sectors = ["nông nghiệp", "vận tải", "thương mại – dịch vụ", "xây dựng"];
    const rows = Array.from({ length: 50_000 }, (_, i) => [`HTX số ${i}`, i % 10 ? "HTX" : "THT", sectors[i % 4], `Xã ${i % 97}`, null, 1990 + (i % 30), null, 7 + (i % 50), i % 3 ? 12 : "1.200", null, null, null]);
    const bytes = await xlsx("Sổ đăng ký", [HEADER.split(",").slice(0, 3).concat(["Xã/phường"], HEADER.split(",").slice(5)), ...rows]);
    const before = await unitCount();
    const t0 = performance.now();
    const phases: Record<string, number> = {};
    const r = await run(a.editor, bytes, true, "ca-nuoc.xlsx", (p) => { phases[p.phase] = performance.now() - t0; });
    const seconds = (performance.now() - t0) / 1000;
    console.log(`50,000-row import (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB XLSX): ${seconds.toFixed(1)} s — read ${(phases.read / 1000).toFixed(1)} s, checked ${(phases.check / 1000).toFixed(1)} s, written ${(phases.write / 1000).toFixed(1)} s`);
    expect([r.problems.length, r.created]).toEqual([0, 50_000]);
    expect(await unitCount()).toBe(before + 50_000);
    expect(seconds).toBeLessThan(60);
  }, 240_000);
});
