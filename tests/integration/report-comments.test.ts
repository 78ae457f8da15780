// Issue 12, comments that stay and the submission checklist (decision 0039): the thread of a report on a real
// Postgres, through the services and the API, with its refusals; gaps and explanations at submission.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport } from "@/lib/services/reports/transition";
import { sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeReport, makeUsers } from "@/tests/support/factories";
import { call, demoApi, sessionCookie } from "@/tests/support/routes";

const api = demoApi({
  comments: () => import("@/app/api/v1/provinces/[slug]/reports/[year]/comments/route"),
  resolve: () => import("@/app/api/v1/provinces/[slug]/reports/[year]/comments/[id]/resolve/route"),
  action: () => import("@/app/api/v1/provinces/[slug]/reports/[year]/[action]/route"),
  list: () => import("@/app/api/v1/provinces/[slug]/reports/route"),
});
const slug = "thai-nguyen";
const json = { "content-type": "application/json" };
type Users = Record<"editor" | "approver" | "admin" | "committee" | "other", Actor>;
let users: Users | null = null;
const cookies: Record<string, string> = {};

async function setUp(): Promise<Users> {
  if (users) return users;
  users = await makeUsers(api.db, {
    editor: ["PROVINCE_EDITOR", slug], approver: ["PROVINCE_APPROVER", slug], admin: ["ADMIN"], committee: ["COMMITTEE"], other: ["PROVINCE_EDITOR", "ha-giang"],
  });
  for (const [name, u] of Object.entries(users)) cookies[name] = await sessionCookie(u);
  return users;
}

const address = (year: number) => `/api/v1/provinces/${slug}/reports/${year}`;
const comment = (year: number, body: unknown, who?: string) =>
  call(api.routes.comments.POST, `${address(year)}/comments`, { slug, year: String(year) }, { method: "POST", body, headers: { ...json, ...(who ? { cookie: cookies[who] } : {}) } });
const resolve = (year: number, id: number | string, who?: string) =>
  call(api.routes.resolve.POST, `${address(year)}/comments/${id}/resolve`, { slug, year: String(year), id: String(id) }, { method: "POST", body: {}, headers: { ...json, ...(who ? { cookie: cookies[who] } : {}) } });
const step = (year: number, verb: string, body: unknown, who: string) =>
  call(api.routes.action.POST, `${address(year)}/${verb}`, { slug, year: String(year), action: verb }, { method: "POST", body, headers: { ...json, cookie: cookies[who] } });
const commentRows = (year: number) =>
  sql<{ id: number; kind: string; body: string; parentId: number | null; indicatorCode: string | null; resolvedAt: Date | null }>(
    `SELECT c.id, c.kind, c.body, c."parentId", c."indicatorCode", c."resolvedAt" FROM "ReportComment" c JOIN "YearlyReport" r ON r.id = c."reportId" JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = $2 ORDER BY c.id`,
    [slug, year],
  );

/** A submitted report of `year`, its gaps confirmed. */
async function submitted(u: Users, year: number, values: Record<string, unknown> = { coops_new: 20 }) {
  await saveDraft(api.db, { actor: u.editor, slug, year, body: { version: 0, values } });
  await transitionReport(api.db, { actor: u.editor, slug, year, transition: "submit", body: { confirmGaps: true } });
}

describe("the thread of a report", () => {
  it("keeps the return comment as a RETURN comment, audited in the same step, and the old returnComment too", async () => {
    const u = await setUp();
    await submitted(u, 2005);
    expect((await step(2005, "return", { comment: "Thiếu số HTX nông nghiệp" }, "approver")).status).toBe(200);
    expect(await commentRows(2005)).toEqual([expect.objectContaining({ kind: "RETURN", body: "Thiếu số HTX nông nghiệp", resolvedAt: null })]);
    const audit = await sql<{ action: string; after: { kind: string; body: string } }>(`SELECT action, after FROM "AuditEntry" WHERE entity = 'ReportComment' ORDER BY id`);
    expect(audit.at(-1)).toMatchObject({ action: "comment", after: { kind: "RETURN", body: "Thiếu số HTX nông nghiệp" } });
    const [r] = await sql<{ returnComment: string }>(`SELECT "returnComment" FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND year = 2005`, [slug]);
    expect(r.returnComment).toBe("Thiếu số HTX nông nghiệp");
    // A save no longer erases it: the thread keeps the comment until someone resolves it.
    await saveDraft(api.db, { actor: u.editor, slug, year: 2005, body: { version: 3, values: { coops_new: 21 } } });
    expect((await commentRows(2005))[0]).toMatchObject({ kind: "RETURN", resolvedAt: null });
  });

  it("keeps the reopening reason as a REOPEN comment", async () => {
    const u = await setUp();
    await submitted(u, 2006);
    await transitionReport(api.db, { actor: u.approver, slug, year: 2006, transition: "approve", body: {} });
    await transitionReport(api.db, { actor: u.admin, slug, year: 2006, transition: "reopen", body: { comment: "Bổ sung số HTX giải thể" } });
    expect(await commentRows(2006)).toEqual([expect.objectContaining({ kind: "REOPEN", body: "Bổ sung số HTX giải thể" })]);
  });

  it("takes replies and notes on one value, and resolves a topic as a whole", async () => {
    await setUp();
    const [ret] = await commentRows(2005);
    const reply = await comment(2005, { body: "  Đã bổ sung số HTX nông nghiệp.  ", parentId: ret.id }, "editor");
    expect(reply.status).toBe(200);
    expect((await reply.json()).comment).toMatchObject({ kind: "REPLY", parentId: ret.id, body: "Đã bổ sung số HTX nông nghiệp.", author: expect.any(String) });
    const note = await comment(2005, { body: "Số này lấy từ báo cáo huyện?", indicatorCode: "coops_new" }, "committee");
    expect((await note.json()).comment).toMatchObject({ kind: "NOTE", indicatorCode: "coops_new", parentId: null });

    const rows = await commentRows(2005);
    const replyId = rows.find((c) => c.kind === "REPLY")!.id;
    // Resolving the reply resolves the topic it belongs to.
    const done = await resolve(2005, replyId, "editor");
    expect(done.status).toBe(200);
    expect((await done.json()).comment).toMatchObject({ id: ret.id, resolvedAt: expect.any(String), resolvedBy: expect.any(String) });
    expect((await commentRows(2005)).find((c) => c.id === ret.id)!.resolvedAt).not.toBeNull();
    const audit = await sql<{ action: string; entityId: string }>(`SELECT action, "entityId" FROM "AuditEntry" WHERE entity = 'ReportComment' AND action = 'resolve'`);
    expect(audit).toEqual([{ action: "resolve", entityId: String(ret.id) }]);
  });

  it("refuses those who may not, with words, and changes nothing", async () => {
    await setUp();
    const before = (await commentRows(2005)).length;
    expect((await comment(2005, { body: "Xin chào" })).status).toBe(401);
    expect((await comment(2005, { body: "Xin chào" }, "other")).status).toBe(403);
    const empty = await comment(2005, { body: "   " }, "editor");
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.fields).toEqual([expect.objectContaining({ field: "body", message: "Nhận xét cần có nội dung, dài nhiều nhất 2000 ký tự." })]);
    expect((await comment(2005, { body: "x".repeat(2001) }, "editor")).status).toBe(422);
    const unknown = await comment(2005, { body: "Về chỉ tiêu lạ", indicatorCode: "no_such_thing" }, "editor");
    expect((await unknown.json()).error.fields).toEqual([expect.objectContaining({ field: "indicatorCode", message: "Chỉ tiêu này không có trong danh mục." })]);
    expect((await comment(2005, { body: "Trả lời", parentId: 999999 }, "editor")).status).toBe(422);
    expect((await comment(2031, { body: "Năm chưa có báo cáo" }, "editor")).status).toBe(404);
    expect((await commentRows(2005)).length).toBe(before);

    // The committee may write in the thread but resolves only its own topics; another province's editor nothing.
    const note = (await commentRows(2005)).find((c) => c.kind === "NOTE")!;
    const [ret] = await commentRows(2006);
    expect((await resolve(2006, ret.id, "committee")).status).toBe(403);
    expect((await resolve(2005, note.id, "other")).status).toBe(403);
    expect((await resolve(2006, note.id, "editor")).status).toBe(404);
    expect((await resolve(2005, "abc", "editor")).status).toBe(400);
    expect((await resolve(2005, note.id, "committee")).status).toBe(200);
  });

  it("is in the staff view of the reports API, never in the public one", async () => {
    await setUp();
    const url = `/api/v1/provinces/${slug}/reports?from=2005&to=2006&status=all`;
    const staff = await (await call(api.routes.list.GET, url, { slug }, { headers: { cookie: cookies.committee } })).json();
    const y2005 = staff.years.find((y: { year: number }) => y.year === 2005);
    expect(y2005.comments).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: "RETURN", author: expect.any(String), body: "Thiếu số HTX nông nghiệp", createdAt: expect.any(String), resolvedAt: expect.any(String) }),
      expect.objectContaining({ kind: "NOTE", indicatorCode: "coops_new" }),
    ]));
    const anon = await (await call(api.routes.list.GET, url, { slug })).json();
    const pub = await (await call(api.routes.list.GET, `/api/v1/provinces/${slug}/reports?from=2005&to=2006`, { slug }, { headers: { cookie: cookies.editor } })).json();
    for (const body of [anon, pub]) expect(JSON.stringify(body)).not.toContain("comments");
  });
});

describe("the submission checklist", () => {
  it("refuses gaps without the confirmation in Vietnamese, and records the confirmed ones", async () => {
    const u = await setUp();
    await saveDraft(api.db, { actor: u.editor, slug, year: 2007, body: { version: 0, values: { coops_new: 20 } } });
    const refused = await step(2007, "submit", {}, "editor");
    expect(refused.status).toBe(422);
    const { error } = await refused.json();
    expect(error.fields).toEqual([expect.objectContaining({ field: "confirmGaps", code: "GAPS_NOT_CONFIRMED", message: expect.stringMatching(/^Báo cáo còn thiếu \d+ chỉ tiêu: hãy đánh dấu “Tôi xác nhận nộp báo cáo còn thiếu…”/) })]);
    expect(error.empty).toContain("coops_total");
    expect((await step(2007, "submit", { confirmGaps: true }, "editor")).status).toBe(200);
    const [entry] = await sql<{ after: { gapsConfirmed: string[] } }>(`SELECT after FROM "AuditEntry" WHERE entity = 'YearlyReport' AND action = 'submit' ORDER BY id DESC LIMIT 1`);
    expect(entry.after.gapsConfirmed).toContain("coops_total");
    expect(entry.after.gapsConfirmed).not.toContain("coops_new");
  });

  it("keeps a value far from last year's only with an explanation, which it stores", async () => {
    const u = await setUp();
    await makeReport(api.db, slug, 2001, "APPROVED", 30);
    await saveDraft(api.db, { actor: u.editor, slug, year: 2002, body: { version: 0, values: { coops_new: 300 } } });
    const err = await fail(transitionReport(api.db, { actor: u.editor, slug, year: 2002, transition: "submit", body: { confirmGaps: true } }));
    expect(err.code).toBe("INVALID");
    expect((err.details as { fields: { field: string; code: string }[] }).fields).toEqual([{ field: "coops_new", code: "EXPLANATION_REQUIRED", key: "report.EXPLANATION_REQUIRED" }]);
    const saved = await saveDraft(api.db, { actor: u.editor, slug, year: 2002, body: { version: 1, values: { coops_new: 300 }, explanations: { coops_new: "Sáp nhập 12 xã: nhiều HTX mới đăng ký lại." } } });
    expect(saved.warnings.map((w) => w.field)).toEqual(["coops_new"]);
    await transitionReport(api.db, { actor: u.editor, slug, year: 2002, transition: "submit", body: { confirmGaps: true } });
    const [v] = await sql<{ explanation: string }>(`SELECT v.explanation FROM "ReportValue" v JOIN "YearlyReport" r ON r.id = v."reportId" JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = 2002`, [slug]);
    expect(v.explanation).toBe("Sáp nhập 12 xã: nhiều HTX mới đăng ký lại.");
  });
});
