// Input bounds through the JSON API, the import and the targets: what numeric(20,4) cannot hold is a 422 that
// names the field (once a 500 no retry could cure, or a silent rounding); report years within the configured
// range; a mistaken draft deleted by whoever may edit it, audited with its values.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { publicSummaryWith } from "@/lib/queries/summary";
import { importReport } from "@/lib/services/import/report-import";
import { transitionReport } from "@/lib/services/reports/transition";
import { saveTarget } from "@/lib/services/targets/save-target";
import { freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeReport, makeUser } from "@/tests/support/factories";
import { call, sessionCookie, useRunDatabase } from "@/tests/support/routes";

let db: PrismaClient;
let editor: Actor, admin: Actor;
let route: typeof import("@/app/api/v1/provinces/[slug]/reports/[year]/route");
let action: typeof import("@/app/api/v1/provinces/[slug]/reports/[year]/[action]/route");
const cookies: Record<string, string> = {};
const slug = "thai-nguyen";
const json = { "content-type": "application/json" };

beforeAll(async () => {
  db = await freshDemoDb();
  useRunDatabase();
  editor = await makeUser(db, "PROVINCE_EDITOR", slug);
  admin = await makeUser(db, "ADMIN");
  cookies.editor = await sessionCookie(editor);
  cookies.other = await sessionCookie(await makeUser(db, "PROVINCE_EDITOR", "ha-giang"));
  route = await import("@/app/api/v1/provinces/[slug]/reports/[year]/route");
  action = await import("@/app/api/v1/provinces/[slug]/reports/[year]/[action]/route");
});
afterAll(() => db.$disconnect());

const put = (year: number, body: unknown, cookie = cookies.editor) =>
  call(route.PUT, `/api/v1/provinces/${slug}/reports/${year}`, { slug, year: String(year) }, { method: "PUT", body, headers: { ...json, cookie } });
const del = (year: number, body: unknown, cookie = cookies.editor) =>
  call(route.DELETE, `/api/v1/provinces/${slug}/reports/${year}`, { slug, year: String(year) }, { method: "DELETE", body, headers: { ...json, cookie } });
const post = (year: number, verb: string, cookie = cookies.editor) =>
  call(action.POST, `/api/v1/provinces/${slug}/reports/${year}/${verb}`, { slug, year: String(year), action: verb }, { method: "POST", body: {}, headers: { ...json, cookie } });
const rows = (year: number) => sql(`SELECT r.id FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = $2`, [slug, year]);

describe("numbers the column cannot hold", () => {
  it("answers 422 naming the field for 1e16 and beyond, in both languages, and saves nothing", async () => {
    for (const big of [1e16, -1e16, 1e300, { value: 1, qualifier: "RANGE", high: 2e16 }]) {
      const res = await put(2019, { version: 0, values: { avg_revenue_per_coop: big } });
      expect(res.status).toBe(422);
      const { error } = await res.json();
      expect(error.code).toBe("INVALID");
      expect(error.fields).toEqual([expect.objectContaining({ field: "avg_revenue_per_coop", code: "TOO_LARGE", message: expect.stringMatching(/^“Doanh thu bình quân một HTX” vượt quá giới hạn/) })]);
      expect(error.fields[0].messageEn).toMatch(/exceeds the storable limit/);
    }
    expect(await rows(2019)).toEqual([]);
  });
  it("refuses more than 4 decimals instead of rounding them away silently", async () => {
    const res = await put(2019, { version: 0, values: { avg_income_worker: 4.123456 } });
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields[0]).toMatchObject({ field: "avg_income_worker", code: "TOO_PRECISE", message: expect.stringMatching(/chỉ được có tối đa 4 chữ số thập phân\.$/) });
    expect(await rows(2019)).toEqual([]);
  });
  it("stores what it accepts exactly, and the audit records the same value", async () => {
    const res = await put(2019, { version: 0, values: { avg_revenue_per_coop: 9999999999.1234, coops_new: 31 } });
    expect(res.status).toBe(200);
    const [v] = await sql<{ value: string }>(`SELECT v.value::text FROM "ReportValue" v JOIN "Indicator" i ON i.id = v."indicatorId" WHERE i.code = 'avg_revenue_per_coop' AND v."reportId" = (SELECT id FROM "YearlyReport" WHERE year = 2019 AND "provinceId" = (SELECT id FROM "Province" WHERE slug = $1))`, [slug]);
    expect(v.value).toBe("9999999999.1234");
    const [entry] = await sql<{ after: { values: Record<string, unknown> } }>(`SELECT after FROM "AuditEntry" WHERE entity = 'YearlyReport' ORDER BY id DESC LIMIT 1`);
    expect(entry.after.values.avg_revenue_per_coop).toMatchObject({ value: 9999999999.1234 });
  });
  it("refuses the same in an imported file, row by row", async () => {
    const csv = Buffer.from("\uFEFFMã chỉ tiêu,Tên chỉ tiêu,Đơn vị tính,Giá trị\r\navg_revenue_per_coop,,,100000000000000000\r\navg_income_worker,,,\"4,123456\"\r\n", "utf8");
    const r = await importReport(db, { actor: editor, slug, year: 2020, file: { name: "bao-cao.csv", bytes: new Uint8Array(csv) }, locale: "vi", commit: false });
    expect(r.problems.map((p) => [p.row, p.code])).toEqual([[2, "TOO_LARGE"], [3, "TOO_PRECISE"]]);
  });
  it("refuses the same in a target", async () => {
    const term = await db.term.findFirstOrThrow({ where: { province: { slug }, startYear: 2018 } });
    const err = await fail(saveTarget(db, { actor: editor, slug, startYear: 2018, endYear: 2023, body: { indicator: "employment_fund_loans", kind: "TERM_TOTAL", min: 1e17 } }));
    expect(err.code).toBe("INVALID");
    expect(err.details.fields[0]).toMatchObject({ field: "min", code: "TOO_LARGE" });
    expect(await db.target.count({ where: { termId: term.id, indicator: { code: "employment_fund_loans" } } })).toBe(0);
  });
});

describe("report years", () => {
  it("refuses to create, submit or approve a report outside 2000..this year, with a clear message", async () => {
    const res = await put(2099, { version: 0, values: { coops_new: 1 } });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ parameter: "year", message: `Năm báo cáo phải từ 2000 đến ${new Date().getUTCFullYear()}.` });
    expect((await put(1999, { version: 0, values: { coops_new: 1 } })).status).toBe(400);
    await makeReport(db, slug, 2099, "SUBMITTED");
    expect((await post(2099, "approve", cookies.editor)).status).toBe(400);
    const err = await fail(transitionReport(db, { actor: admin, slug, year: 2099, transition: "approve", body: {} }));
    expect(err.details.fields[0]).toMatchObject({ field: "year", code: "YEAR_OUT_OF_RANGE" });
    const csv = Buffer.from("\uFEFFMã chỉ tiêu,Giá trị\r\ncoops_new,3\r\n", "utf8");
    for (const commit of [false, true]) {
      const e = await fail(importReport(db, { actor: editor, slug, year: 2098, file: { name: "a.csv", bytes: new Uint8Array(csv) }, locale: "vi", commit, version: 0 }));
      expect(e.details.fields[0].code).toBe("YEAR_OUT_OF_RANGE");
    }
    expect(await rows(2098)).toEqual([]);
  });
  it("lets a report made before the range existed be reopened and its draft deleted", async () => {
    await makeReport(db, slug, 2099, "APPROVED");
    // Until then it is not the national headline either.
    expect((await publicSummaryWith(db, 2024)).year).toBe(2024);
    await transitionReport(db, { actor: admin, slug, year: 2099, transition: "reopen", body: { comment: "Năm nhập nhầm" } });
    expect((await del(2099, {})).status).toBe(200);
    expect(await rows(2099)).toEqual([]);
    await makeReport(db, slug, 2098, "SUBMITTED");
    expect((await call(action.POST, `/api/v1/provinces/${slug}/reports/2098/return`, { slug, year: "2098", action: "return" }, { method: "POST", body: { comment: "Năm nhập nhầm" }, headers: { ...json, cookie: await sessionCookie(admin) } })).status).toBe(200);
    expect((await del(2098, {})).status).toBe(200);
  });
});

describe("deleting a mistaken draft", () => {
  it("deletes a draft for its editor, audited with the values before", async () => {
    expect((await put(2021, { version: 0, values: { coops_new: 7 } })).status).toBe(200);
    const [{ id }] = await rows(2021) as { id: number }[];
    expect((await del(2021, { version: 1 }, cookies.other)).status).toBe(403);
    expect((await del(2021, { version: 9 })).status).toBe(409);
    const res = await del(2021, { version: 1 });
    expect(res.status).toBe(200);
    expect((await res.json()).deleted).toMatchObject({ year: 2021, version: 1 });
    expect(await rows(2021)).toEqual([]);
    const [a] = await sql<{ action: string; before: { values: unknown; status: string } }>(`SELECT action, before FROM "AuditEntry" WHERE entity = 'YearlyReport' AND "entityId" = $1 ORDER BY id DESC LIMIT 1`, [String(id)]);
    expect(a).toMatchObject({ action: "delete", before: { status: "DRAFT", values: { coops_new: { value: 7, qualifier: "EXACT", high: null } } } });
    // The year can be started again.
    expect((await put(2021, { version: 0, values: { coops_new: 8 } })).status).toBe(200);
  });
  it("never deletes a submitted or approved report", async () => {
    await makeReport(db, slug, 2022, "SUBMITTED");
    expect((await (await del(2022, {})).json()).error.code).toBe("BAD_STATE");
    await makeReport(db, slug, 2022, "APPROVED");
    expect((await (await del(2022, {})).json()).error.code).toBe("LOCKED");
    expect(await rows(2022)).toHaveLength(1);
    expect((await del(2017, {})).status).toBe(404);
  });
});
