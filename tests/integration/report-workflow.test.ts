import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorWords, type FieldError } from "@/lib/i18n/errors";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport } from "@/lib/services/reports/transition";
import { freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeReport, makeUser, makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
let editor: Actor, editor2: Actor, approver: Actor, admin: Actor;
const slug = "thai-nguyen";

beforeAll(async () => {
  db = await freshDemoDb();
  ({ editor, editor2, approver, admin } = await makeUsers(db, {
    editor: ["PROVINCE_EDITOR", slug], editor2: ["PROVINCE_EDITOR", slug], approver: ["PROVINCE_APPROVER", slug], admin: ["ADMIN"],
  }));
});
afterAll(() => db.$disconnect());

const save = (actor: Actor, year: number, version: number, values: Record<string, unknown>) => saveDraft(db, { actor, slug, year, body: { version, values } });

describe("a year's report from draft to approved", () => {
  it("creates, saves, submits, approves and reopens, each step audited", async () => {
    const created = await save(editor, 2019, 0, { coops_total: 500, coops_new: 31, coops_new_agri: 25, members_workers: { value: 200000, qualifier: "AT_LEAST" } });
    expect(created.report).toMatchObject({ status: "DRAFT", version: 1 });
    const saved = await save(editor, 2019, 1, { coops_total: 501, coops_new: 32, coops_new_agri: 25 });
    expect(saved.report.version).toBe(2);
    const values = await sql<{ code: string; value: string }>(`SELECT i.code, v.value::text FROM "ReportValue" v JOIN "Indicator" i ON i.id = v."indicatorId" JOIN "YearlyReport" r ON r.id = v."reportId" WHERE r.year = 2019 ORDER BY 1`);
    expect(values).toEqual([{ code: "coops_new", value: "32.0000" }, { code: "coops_new_agri", value: "25.0000" }, { code: "coops_total", value: "501.0000" }]);

    await transitionReport(db, { actor: editor, slug, year: 2019, transition: "submit", body: { version: 2, confirmGaps: true } });
    expect((await fail(save(editor, 2019, 3, { coops_new: 33 }))).code).toBe("BAD_STATE");
    const approved = await transitionReport(db, { actor: approver, slug, year: 2019, transition: "approve", body: {} });
    expect(approved.report).toMatchObject({ status: "APPROVED", version: 4 });
    expect((await fail(save(editor, 2019, 4, { coops_new: 33 }))).code).toBe("LOCKED");

    expect((await fail(transitionReport(db, { actor: admin, slug, year: 2019, transition: "reopen", body: {} }))).code).toBe("INVALID");
    await transitionReport(db, { actor: admin, slug, year: 2019, transition: "reopen", body: { comment: "Bổ sung số HTX giải thể" } });
    const audit = await sql<{ action: string; reason: string | null }>(`SELECT action, reason FROM "AuditEntry" WHERE entity = 'YearlyReport' ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(["create", "save", "submit", "approve", "reopen"]);
    expect(audit[4].reason).toBe("Bổ sung số HTX giải thể");
    const [report] = await sql<{ status: string; approvedAt: Date | null }>(`SELECT status, "approvedAt" FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND year = 2019`, [slug]);
    expect(report).toEqual({ status: "DRAFT", approvedAt: null });
  });

  it("returns a submitted report to draft with the approver's comment", async () => {
    await save(editor, 2020, 0, { coops_new: 20 });
    await transitionReport(db, { actor: editor, slug, year: 2020, transition: "submit", body: { confirmGaps: true } });
    expect((await fail(transitionReport(db, { actor: approver, slug, year: 2020, transition: "return", body: { comment: "" } }))).code).toBe("INVALID");
    await transitionReport(db, { actor: approver, slug, year: 2020, transition: "return", body: { comment: "Thiếu số HTX nông nghiệp" } });
    const [r] = await sql<{ status: string; returnComment: string }>(`SELECT status, "returnComment" FROM "YearlyReport" WHERE year = 2020`);
    expect(r).toEqual({ status: "DRAFT", returnComment: "Thiếu số HTX nông nghiệp" });
    // Still returned (board, inbox) while the editor works on it; submitting again clears it.
    const saved = await save(editor, 2020, 3, { coops_new: 21 });
    expect((await sql<{ returnComment: string | null }>(`SELECT "returnComment" FROM "YearlyReport" WHERE year = 2020`))[0].returnComment).toBe("Thiếu số HTX nông nghiệp");
    await transitionReport(db, { actor: editor, slug, year: 2020, transition: "submit", body: { version: saved.report.version, confirmGaps: true } });
    expect((await sql<{ returnComment: string | null }>(`SELECT "returnComment" FROM "YearlyReport" WHERE year = 2020`))[0].returnComment).toBeNull();
  });

  it("refuses to approve a draft, or to submit an empty report", async () => {
    await save(editor, 2021, 0, {});
    expect((await fail(transitionReport(db, { actor: approver, slug, year: 2021, transition: "approve", body: {} }))).code).toBe("BAD_STATE");
    expect((await fail(transitionReport(db, { actor: editor, slug, year: 2021, transition: "submit", body: {} }))).code).toBe("INVALID");
  });

  it("refuses a year after the province merged away", async () => {
    const e = await makeUser(db, "PROVINCE_EDITOR", "bac-kan");
    expect((await fail(saveDraft(db, { actor: e, slug: "bac-kan", year: 2025, body: { version: 0, values: {} } }))).code).toBe("PROVINCE_CLOSED");
    // A draft left from before the merger is not submitted either (the page offers no button; decision 0027),
    // and changes nothing; it can still be deleted.
    await makeReport(db, "bac-kan", 2025, "DRAFT");
    expect((await fail(transitionReport(db, { actor: e, slug: "bac-kan", year: 2025, transition: "submit", body: {} }))).code).toBe("PROVINCE_CLOSED");
    const [r] = await sql<{ status: string; version: number }>(`SELECT r.status, r.version FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = 'bac-kan' AND r.year = 2025`);
    expect(r).toEqual({ status: "DRAFT", version: 1 });
  });
});

describe("no silent overwrite", () => {
  it("refuses a save based on an old version, says what changed and who changed it, and changes nothing", async () => {
    await save(editor, 2022, 0, { coops_total: 520, coops_new: 30 });
    await save(editor2, 2022, 1, { coops_total: 520, coops_new: 35 });
    const err = await fail(save(editor, 2022, 1, { coops_total: 525, coops_new: 30 }));
    expect(err.code).toBe("CONFLICT");
    expect(err.status).toBe(409);
    expect(err.details.current.version).toBe(2);
    expect(err.details.current.values.coops_new).toEqual({ value: 35, qualifier: "EXACT", high: null });
    expect(err.details.changes).toEqual([expect.objectContaining({ action: "save", by: expect.stringContaining("PROVINCE_EDITOR"), changed: ["coops_new"] })]);
    const [r] = await sql<{ version: number }>(`SELECT version FROM "YearlyReport" WHERE year = 2022`);
    expect(r.version).toBe(2);
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    await save(editor, 2023, 0, { coops_new: 10 });
    const results = await Promise.allSettled([save(editor, 2023, 1, { coops_new: 11 }), save(editor2, 2023, 1, { coops_new: 12 })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason.code).toBe("CONFLICT");
  });
});

describe("bad input", () => {
  it("is refused with a message per field, in Vietnamese and English, and nothing is saved", async () => {
    const err = await fail(save(editor, 2024, 0, { coops_total: 50, coops_new: 63, coops_effective_pct: 120, groups_new: 2.5 }));
    expect(err.code).toBe("INVALID");
    const byField = Object.fromEntries(err.details.fields.map((f: FieldError) => [f.field, errorWords("vi").field(f)]));
    expect(byField.coops_new).toBe("Không được lớn hơn “HTX đang hoạt động”.");
    expect(byField.coops_effective_pct).toBe("Tỷ lệ phải nằm trong khoảng 0–100%.");
    expect(byField.groups_new).toBe("Phải là số nguyên (không có phần thập phân).");
    expect(await sql(`SELECT 1 FROM "YearlyReport" WHERE year = 2024 AND "provinceId" = (SELECT id FROM "Province" WHERE slug = $1)`, [slug])).toEqual([]);
  });
  it("says where a malformed body is wrong", async () => {
    const err = await fail(saveDraft(db, { actor: editor, slug, year: 2024, body: { version: 0, values: { coops_new: "31" } } }));
    expect(err.details.fields[0].field).toBe("values.coops_new");
  });
  it("warns about a value far from last year's without refusing it", async () => {
    await save(editor, 2017, 0, { coops_total: 400 });
    const { warnings } = await save(editor, 2016, 0, { coops_total: 100 }).then(() => save(editor, 2017, 1, { coops_total: 900 }));
    expect(warnings).toEqual([{ field: "coops_total", previous: 100, year: 2016, value: 900 }]);
  });
});
