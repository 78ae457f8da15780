// The national progress board on a real database: the provinces of a year (63 before the 2025 merger, 34 after),
// each report's state (returned included) with who changed it last, lateness against the due day set per year,
// the due-day setting (administrators only, validated, audited), and the board's files with their permission.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { filterBoard, summarise } from "@/lib/queries/board-shape";
import { deadlinesByYear } from "@/lib/queries/deadlines";
import { progressBoard } from "@/lib/queries/progress-board";
import { setDeadline } from "@/lib/services/deadlines/set-deadline";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport } from "@/lib/services/reports/transition";
import { freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeReport, makeUsers } from "@/tests/support/factories";
import { call, sessionCookie, useRunDatabase } from "@/tests/support/routes";

let db: PrismaClient;
let users: Record<"admin" | "committee" | "editor" | "approver", Actor & { email: string }>;
let route: typeof import("@/app/api/v1/progress/[year]/route");
const cookies: Record<string, string> = {};
// 5 January 2026 in Hà Nội: the default due day of 2025 (21 December) has passed.
const now = new Date("2026-01-05T10:00:00+07:00");

beforeAll(async () => {
  db = await freshDemoDb();
  useRunDatabase();
  users = await makeUsers(db, { admin: ["ADMIN"], committee: ["COMMITTEE"], editor: ["PROVINCE_EDITOR", "thai-nguyen"], approver: ["PROVINCE_APPROVER", "thai-nguyen"] });
  for (const [name, u] of Object.entries(users)) cookies[name] = await sessionCookie(u);
  route = await import("@/app/api/v1/progress/[year]/route");

  // Thái Nguyên 2025: saved by the editor, submitted, returned by the approver with a comment.
  await saveDraft(db, { actor: users.editor, slug: "thai-nguyen", year: 2025, body: { version: 0, values: { coops_new: 31 } } });
  await sql(`UPDATE "YearlyReport" SET status = 'SUBMITTED', "submittedAt" = now() WHERE year = 2025 AND "provinceId" = (SELECT id FROM "Province" WHERE slug = 'thai-nguyen')`);
  await transitionReport(db, { actor: users.approver, slug: "thai-nguyen", year: 2025, transition: "return", body: { comment: "Thiếu số HTX giải thể" } });
  // Quảng Ninh 2025 submitted on 20 December, Hà Nội 2025 approved, Huế 2025 a plain draft; Hà Giang (merged) 2024 submitted.
  await makeReport(db, "quang-ninh", 2025, "SUBMITTED");
  await sql(`UPDATE "YearlyReport" SET "submittedAt" = '2025-12-20T03:00:00Z' WHERE year = 2025 AND "provinceId" = (SELECT id FROM "Province" WHERE slug = 'quang-ninh')`);
  await makeReport(db, "ha-noi", 2025, "APPROVED");
  await makeReport(db, "hue", 2025, "DRAFT");
  await makeReport(db, "ha-giang", 2024, "SUBMITTED");
});
afterAll(() => db.$disconnect());

const cellOf = (board: Awaited<ReturnType<typeof progressBoard>>, slug: string, year: number) =>
  board.rows.find((r) => r.slug === slug)?.cells[board.years.indexOf(year)];

describe("the provinces of a year", () => {
  it("are the 34 of today for 2025 and the 63 of the time for 2024, by Vietnamese collation", async () => {
    const [b2025, b2024] = await Promise.all([progressBoard(db, 2025, now), progressBoard(db, 2024, now)]);
    expect(b2025.rows).toHaveLength(34);
    expect(b2024.rows).toHaveLength(63);
    expect(b2025.rows.some((r) => r.slug === "ha-giang")).toBe(false);
    expect(b2024.rows.some((r) => r.slug === "ha-giang")).toBe(true);
    expect(b2025.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    const names = b2025.rows.map((r) => r.name);
    expect(names.indexOf("Đồng Tháp")).toBe(names.indexOf("Đồng Nai") + 1);
    expect(names.indexOf("Điện Biên")).toBeGreaterThan(names.indexOf("Cao Bằng"));
    expect(names.indexOf("Điện Biên")).toBeLessThan(names.indexOf("Gia Lai"));
    expect(b2025.rows.every((r) => r.region !== null)).toBe(true);
  });
});

describe("each cell", () => {
  it("says the report's state, returned included, and who changed it last", async () => {
    const board = await progressBoard(db, 2025, now);
    const [approverName] = await sql<{ name: string }>(`SELECT name FROM "User" WHERE id = $1`, [users.approver.id]);
    expect(cellOf(board, "thai-nguyen", 2025)).toMatchObject({ state: "returned", deadline: "late", days: -15, changedBy: approverName.name });
    expect(cellOf(board, "quang-ninh", 2025)).toMatchObject({ state: "submitted", deadline: "done", days: 1 });
    expect(cellOf(board, "ha-noi", 2025)).toMatchObject({ state: "approved", deadline: "done" });
    expect(cellOf(board, "hue", 2025)).toMatchObject({ state: "draft", deadline: "late", changedBy: null });
    expect(cellOf(board, "cao-bang", 2025)).toMatchObject({ state: "none", deadline: "late", changedAt: null });
    const summary = summarise(board.rows);
    expect(summary.counts).toMatchObject({ returned: 1, submitted: 1, draft: 1 });
    expect(summary.counts.approved).toBeGreaterThanOrEqual(1);
    expect(summary.late).toBe(34 - summary.counts.submitted - summary.counts.approved);
    expect(filterBoard(board.rows, { region: null, state: "returned" }).map((r) => r.slug)).toEqual(["thai-nguyen"]);
    expect(cellOf(await progressBoard(db, 2024, now), "ha-giang", 2024)).toMatchObject({ state: "submitted" });
  });
});

describe("the due day of a year", () => {
  it("is set by an administrator, validated, audited, and moves the board's late flags", async () => {
    expect(await deadlinesByYear(db, [2024, 2025])).toEqual(new Map());
    expect((await fail(setDeadline(db, { actor: users.admin, input: { year: 2025, dueOn: "2027-01-01" } }))).details.fields).toEqual([expect.objectContaining({ field: "dueOn", code: "OUT_OF_SEASON" })]);
    expect((await fail(setDeadline(db, { actor: users.admin, input: { year: 1999, dueOn: "1999-12-21" } }))).details.fields).toEqual([expect.objectContaining({ field: "year", code: "NOT_YEAR" })]);
    expect((await fail(setDeadline(db, { actor: users.admin, input: { year: 2025, dueOn: "21/12/2025" } }))).code).toBe("INVALID");

    await setDeadline(db, { actor: users.admin, input: { year: 2025, dueOn: "2026-01-15" } });
    expect(await deadlinesByYear(db, [2024, 2025, 2025])).toEqual(new Map([[2025, new Date("2026-01-15T00:00:00Z")]]));
    const board = await progressBoard(db, 2025, now);
    expect(board.deadlines.get(2025)).toEqual(new Date("2026-01-15T00:00:00Z"));
    expect(board.deadlines.get(2024)).toEqual(new Date("2024-12-21T00:00:00Z"));
    expect(cellOf(board, "cao-bang", 2025)).toMatchObject({ deadline: "open", days: 10 });
    expect(summarise(board.rows).late).toBe(0);

    // The same day again changes nothing and writes no entry; another day is audited with before and after.
    expect((await setDeadline(db, { actor: users.admin, input: { year: 2025, dueOn: "2026-01-15" } })).changed).toBe(false);
    await setDeadline(db, { actor: users.admin, input: { year: 2025, dueOn: "2025-12-28" } });
    const audit = await sql<{ actorId: number; entityId: string; action: string; before: unknown; after: unknown }>(
      `SELECT "actorId", "entityId", action, before, after FROM "AuditEntry" WHERE entity = 'ReportingDeadline' ORDER BY id`);
    expect(audit).toEqual([
      { actorId: users.admin.id, entityId: "2025", action: "set-deadline", before: null, after: { dueOn: "2026-01-15" } },
      { actorId: users.admin.id, entityId: "2025", action: "set-deadline", before: { dueOn: "2026-01-15" }, after: { dueOn: "2025-12-28" } },
    ]);
    const [row] = await sql<{ updatedById: number }>(`SELECT "updatedById" FROM "ReportingDeadline" WHERE year = 2025`);
    expect(row.updatedById).toBe(users.admin.id);
  });

  it("is refused to everyone but administrators, and a refusal changes nothing", async () => {
    const before = await sql(`SELECT * FROM "ReportingDeadline" ORDER BY year`);
    const entries = await sql(`SELECT count(*)::int AS n FROM "AuditEntry"`);
    for (const actor of [users.committee, users.editor, users.approver]) {
      expect((await fail(setDeadline(db, { actor, input: { year: 2025, dueOn: "2025-12-30" } }))).code).toBe("FORBIDDEN");
    }
    expect((await fail(setDeadline(db, { actor: null, input: { year: 2025, dueOn: "2025-12-30" } }))).code).toBe("NOT_SIGNED_IN");
    expect(await sql(`SELECT * FROM "ReportingDeadline" ORDER BY year`)).toEqual(before);
    expect(await sql(`SELECT count(*)::int AS n FROM "AuditEntry"`)).toEqual(entries);
  });
});

describe("GET /api/v1/progress/{year}", () => {
  const get = (query: string, cookie?: string, year = "2025") =>
    call(route.GET, `/api/v1/progress/${year}?${query}`, { year }, { headers: cookie ? { cookie } : {} });

  it("gives the board as XLSX and CSV to administrators and the committee, filtered as asked", async () => {
    const xlsx = await get("format=xlsx", cookies.committee);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toBe('attachment; filename="tien-do-2025.xlsx"');
    expect(xlsx.headers.get("cache-control")).toBe("private, no-store");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe("Tỉnh, thành phố");
    expect(ws.rowCount).toBe(1 + 34 * 5);
    const tn = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(2).value === "thai-nguyen" && r.getCell(4).value === 2025)!;
    expect(tn.getCell(5).value).toBe("Bị trả lại");

    const csv = await (await get("format=csv&trang-thai=tra-lai&lang=en", cookies.admin)).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toMatch(/^Province,Province code,Region,Year,State,/);
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(Array(5).fill("thai-nguyen"));
    expect(lines.find((l) => l.includes(",2025,"))).toContain("Returned");
  });

  it("refuses editors and approvers (403), visitors (401), and a bad format or year (400)", async () => {
    expect((await get("format=xlsx", cookies.editor)).status).toBe(403);
    expect((await get("format=csv", cookies.approver)).status).toBe(403);
    expect((await get("format=csv")).status).toBe(401);
    expect((await get("format=pdf", cookies.admin)).status).toBe(400);
    expect((await get("format=csv", cookies.admin, "20x5")).status).toBe(400);
  });
});
