import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { freshDemoDb, sql } from "@/tests/support/db";
import { makeUser } from "@/tests/support/factories";
import { call, sessionCookie, useRunDatabase } from "@/tests/support/routes";

let db: PrismaClient;
let report: typeof import("@/app/api/v1/provinces/[slug]/reports/[year]/route");
let action: typeof import("@/app/api/v1/provinces/[slug]/reports/[year]/[action]/route");
let list: typeof import("@/app/api/v1/provinces/[slug]/reports/route");
const cookies: Record<string, string> = {};
const slug = "thai-nguyen";

beforeAll(async () => {
  db = await freshDemoDb();
  useRunDatabase();
  for (const [name, role, province] of [["editor", "PROVINCE_EDITOR", slug], ["otherEditor", "PROVINCE_EDITOR", "ha-giang"], ["approver", "PROVINCE_APPROVER", slug], ["admin", "ADMIN", undefined]] as const) {
    cookies[name] = await sessionCookie(await makeUser(db, role, province));
  }
  report = await import("@/app/api/v1/provinces/[slug]/reports/[year]/route");
  action = await import("@/app/api/v1/provinces/[slug]/reports/[year]/[action]/route");
  list = await import("@/app/api/v1/provinces/[slug]/reports/route");
});
afterAll(() => db.$disconnect());

const json = { "content-type": "application/json" };
const put = (year: number, body: unknown, cookie?: string, headers: Record<string, string> = json) =>
  call(report.PUT, `/api/v1/provinces/${slug}/reports/${year}`, { slug, year: String(year) }, { method: "PUT", body, headers: { ...headers, ...(cookie ? { cookie } : {}) } });
const post = (year: number, verb: string, body: unknown, cookie?: string) =>
  call(action.POST, `/api/v1/provinces/${slug}/reports/${year}/${verb}`, { slug, year: String(year), action: verb }, { method: "POST", body, headers: { ...json, ...(cookie ? { cookie } : {}) } });
const reportCount = async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "YearlyReport"`))[0].n);

describe("PUT /api/v1/provinces/{slug}/reports/{year}", () => {
  it("saves a draft with qualified values for an editor of the province", async () => {
    const res = await put(2019, { version: 0, values: { coops_new: 31, members_workers: { value: 200000, qualifier: "AT_LEAST" } } }, cookies.editor);
    expect(res.status).toBe(200);
    expect((await res.json()).report).toMatchObject({ year: 2019, status: "DRAFT", version: 1 });
  });
  it("answers 401 without a session and 403 for another province's editor, changing nothing", async () => {
    const before = await reportCount();
    const anon = await put(2020, { version: 0, values: { coops_new: 1 } });
    expect(anon.status).toBe(401);
    expect((await anon.json()).error).toMatchObject({ code: "NOT_SIGNED_IN", message: "Bạn cần đăng nhập." });
    const other = await put(2020, { version: 0, values: { coops_new: 1 } }, cookies.otherEditor);
    expect(other.status).toBe(403);
    expect(await reportCount()).toBe(before);
  });
  it("answers 422 with a message per field for invalid values", async () => {
    const res = await put(2020, { version: 0, values: { coops_total: 10, coops_new: 31 } }, cookies.editor);
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.fields).toEqual([expect.objectContaining({ field: "coops_new", code: "EXCEEDS_TOTAL", message: "Không được lớn hơn “HTX đang hoạt động”." })]);
  });
  it("answers every save that lost a race of first saves with the server's copy, as the form gets it", async () => {
    // Four first saves at once: one creates the report; the others lose, some on the unique key inside their
    // transaction (a race the transaction cannot describe). Each loser still gets what the server holds.
    const answers = await Promise.all([1, 2, 3, 4].map((n) => put(2017, { version: 0, values: { coops_new: n } }, cookies.editor)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = (await Promise.all(answers.filter((r) => r.status === 200).map((r) => r.json())))[0];
    for (const r of answers.filter((x) => x.status === 409)) {
      const { error } = await r.json();
      expect(error).toMatchObject({ code: "CONFLICT", current: { version: 1, status: "DRAFT" } });
      expect(error.current.values.coops_new.value).toBeGreaterThan(0);
      expect(error.changes.map((c: { action: string }) => c.action)).toEqual(["create"]);
    }
    expect(winner.report).toMatchObject({ year: 2017, version: 1 });
  });
  it("answers 409 with the current values for a save based on an old version", async () => {
    await put(2019, { version: 1, values: { coops_new: 32 }, explanations: { coops_new: "Theo báo cáo của các huyện" } }, cookies.editor);
    const res = await put(2019, { version: 1, values: { coops_new: 40 } }, cookies.editor);
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.code).toBe("CONFLICT");
    expect(error.current).toMatchObject({ version: 2, values: { coops_new: { value: 32 } } });
  });
  it("refuses malformed JSON, other content types and cross-site browsers", async () => {
    const empty = await call(report.PUT, `/api/v1/provinces/${slug}/reports/2019`, { slug, year: "2019" }, { method: "PUT", headers: { ...json, cookie: cookies.editor } });
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.fields[0].field).toBe("version");
    const { NextRequest } = await import("next/server");
    const raw = new NextRequest("http://localhost/api/v1/provinces/thai-nguyen/reports/2019", { method: "PUT", body: "{bad json", headers: { ...json, cookie: cookies.editor } });
    const bad = await report.PUT(raw, { params: Promise.resolve({ slug, year: "2019" }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("BAD_JSON");
    expect((await put(2019, { version: 2, values: {} }, cookies.editor, { "content-type": "text/plain" })).status).toBe(415);
    const cross = await put(2019, { version: 2, values: {} }, cookies.editor, { ...json, origin: "https://evil.example", host: "localhost" });
    expect(cross.status).toBe(403);
    expect((await cross.json()).error.code).toBe("CROSS_SITE");
    const year = await call(report.PUT, `/api/v1/provinces/${slug}/reports/19x9`, { slug, year: "19x9" }, { method: "PUT", body: {}, headers: { ...json, cookie: cookies.editor } });
    expect((await year.json()).error.parameter).toBe("year");
  });
});

describe("the workflow through the API", () => {
  it("submits, approves, and then the public list shows the figures", async () => {
    expect((await post(2019, "submit", { confirmGaps: true }, cookies.editor)).status).toBe(200);
    expect((await post(2019, "approve", {}, cookies.editor)).status).toBe(403);
    expect((await post(2019, "approve", {}, cookies.approver)).status).toBe(200);
    const pub = await (await call(list.GET, `/api/v1/provinces/${slug}/reports?from=2019&to=2019`, { slug })).json();
    expect(pub.years[0].values.find((v: { indicator: string }) => v.indicator === "coops_new").value).toBe(32);
    expect((await post(2019, "reopen", { comment: "x" }, cookies.admin)).status).toBe(422);
    expect((await post(2019, "reopen", { comment: "Sai số HTX mới" }, cookies.approver)).status).toBe(403);
    expect((await post(2019, "reopen", { comment: "Sai số HTX mới" }, cookies.admin)).status).toBe(200);
    expect((await post(2019, "publish", {}, cookies.admin)).status).toBe(400);
  });
  it("shows drafts with status=all to those allowed, approved figures to everyone else", async () => {
    const url = `/api/v1/provinces/${slug}/reports?from=2019&to=2019&status=all`;
    const mine = await (await call(list.GET, url, { slug }, { headers: { cookie: cookies.editor } })).json();
    expect(mine.years).toEqual([expect.objectContaining({ year: 2019, status: "DRAFT" })]);
    const anon = await (await call(list.GET, url, { slug })).json();
    expect(anon.years).toEqual([]);
    const other = await (await call(list.GET, url, { slug }, { headers: { cookie: cookies.otherEditor } })).json();
    expect(other.years).toEqual([]);
  });
});

describe("sessions", () => {
  it("end when the user is disabled or their session version moves on", async () => {
    const u = await makeUser(db, "PROVINCE_EDITOR", slug);
    const cookie = await sessionCookie(u, 0);
    expect((await put(2021, { version: 0, values: {} }, cookie)).status).toBe(200);
    await db.user.update({ where: { id: u.id }, data: { sessionVersion: 1 } });
    expect((await put(2022, { version: 0, values: {} }, cookie)).status).toBe(401);
    const v = await makeUser(db, "PROVINCE_EDITOR", slug);
    await db.user.update({ where: { id: v.id }, data: { disabled: true } });
    expect((await put(2022, { version: 0, values: {} }, await sessionCookie(v))).status).toBe(401);
  });
});
