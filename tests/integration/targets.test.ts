// Terms and targets on a real database: creating a term (years checked, one per pair of years), setting,
// editing and removing targets under the rules of their kinds, one target per term and indicator, every change
// audited, and who may do it (a refused call changes nothing).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorWords } from "@/lib/i18n/errors";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { createTerm } from "@/lib/services/targets/create-term";
import { deleteTarget } from "@/lib/services/targets/delete-target";
import { termsOfProvince, termWithTargets } from "@/lib/queries/targets";
import { saveTarget } from "@/lib/services/targets/save-target";
import { freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
let a: Record<string, Actor>;
const slug = "thai-nguyen";
const codes = (e: { details: { fields: { field: string; code: string }[] } }) => e.details.fields.map((f) => `${f.field}:${f.code}`).sort();
const term = { startYear: 2023, endYear: 2028 };
const set = (actor: Actor | null, body: Record<string, unknown>, id?: number) => saveTarget(db, { actor, slug, ...term, id, body });
const snapshot = () => sql(`SELECT (SELECT json_agg(t ORDER BY t.id) FROM "Target" t) AS targets, (SELECT json_agg(t ORDER BY t.id) FROM "Term" t) AS terms, (SELECT count(*) FROM "AuditEntry") AS audits`);

beforeAll(async () => {
  db = await freshDemoDb();
  a = await makeUsers(db, { editor: ["PROVINCE_EDITOR", slug], approver: ["PROVINCE_APPROVER", slug], other: ["PROVINCE_EDITOR", "ha-giang"], committee: ["COMMITTEE"] });
});
afterAll(() => db.$disconnect());

describe("terms", () => {
  it("creates a term with a default label, audited", async () => {
    const r = await createTerm(db, { actor: a.editor, slug, body: { congress: "vi", ...term, label: "", note: "Đại hội nhiệm kỳ 2023–2028" } });
    expect(r.years).toBe("2023-2028");
    const [t] = await sql(`SELECT congress, label, note FROM "Term" WHERE id = $1`, [r.id]);
    expect(t).toEqual({ congress: "VI", label: "Đại hội VI, nhiệm kỳ 2023–2028", note: "Đại hội nhiệm kỳ 2023–2028" });
    expect((await sql(`SELECT action FROM "AuditEntry" WHERE entity = 'Term' AND "entityId" = $1`, [String(r.id)]))[0].action).toBe("create");
    expect((await termsOfProvince(db, { actor: a.committee, slug })).terms.map((x) => `${x.startYear}-${x.endYear}`)).toEqual(["2023-2028", "2018-2023", "2013-2018"]);
  });

  it("refuses a term that ends before it starts, lasts over 10 years, or exists already, with messages", async () => {
    expect(codes(await fail(createTerm(db, { actor: a.editor, slug, body: { startYear: 2020, endYear: 2020 } })))).toEqual(["endYear:END_NOT_AFTER_START"]);
    expect(codes(await fail(createTerm(db, { actor: a.editor, slug, body: { startYear: 2020, endYear: 2031 } })))).toEqual(["endYear:TERM_TOO_LONG"]);
    expect(codes(await fail(createTerm(db, { actor: a.editor, slug, body: { startYear: 1900, endYear: 1905, congress: "4" } })))).toEqual(["congress:BAD_CONGRESS", "endYear:NOT_YEAR", "startYear:NOT_YEAR"]);
    const dup = await fail(createTerm(db, { actor: a.editor, slug, body: { startYear: 2018, endYear: 2023 } }));
    expect(errorWords("vi").field(dup.details.fields[0])).toBe("Tỉnh đã có nhiệm kỳ 2018–2023.");
  });
});

describe("targets", () => {
  it("sets, edits and removes a target, each change audited", async () => {
    const { id } = await set(a.editor, { indicator: "coops_new", kind: "TERM_TOTAL", min: 150, qualifier: "APPROX", note: "Nghị quyết Đại hội VI" });
    await set(a.approver, { indicator: "coops_new", kind: "ANNUAL", min: 30, max: 35, year: 2025 }, id);
    const view = await termWithTargets(db, { actor: a.editor, slug, ...term });
    expect(view.targets).toEqual([expect.objectContaining({ id, kind: "ANNUAL", year: 2025, min: 30, max: 35, qualifier: "EXACT", note: null })]);
    await deleteTarget(db, { actor: a.editor, slug, ...term, id });
    const audit = await sql<{ action: string; before: { min: number } | null }>(`SELECT action, before FROM "AuditEntry" WHERE entity = 'Target' AND "entityId" = $1 ORDER BY id`, [String(id)]);
    expect(audit.map((x) => x.action)).toEqual(["create", "update", "delete"]);
    expect(audit[2].before).toMatchObject({ indicator: "coops_new", kind: "ANNUAL", min: 30, max: 35 });
    expect(await sql(`SELECT id FROM "Target" WHERE id = $1`, [id])).toEqual([]);
  });

  it("allows one target per term and indicator, with a clear message", async () => {
    await set(a.editor, { indicator: "groups_new", kind: "TERM_TOTAL", min: 500 });
    const e = await fail(set(a.editor, { indicator: "groups_new", kind: "ANNUAL", min: 100 }));
    expect(e.details.fields[0]).toMatchObject({ field: "indicator", code: "DUPLICATE_TARGET" });
    expect(errorWords("vi").field(e.details.fields[0])).toContain("Nhiệm kỳ này đã có mục tiêu cho chỉ tiêu “Tổ hợp tác thành lập mới”");
  });

  it("applies the rules of the kinds: totals of flows, end levels of levels, percentages, years of annual targets", async () => {
    expect(codes(await fail(set(a.editor, { indicator: "coops_total", kind: "TERM_TOTAL", min: 600 })))).toEqual(["kind:TOTAL_NEEDS_FLOW"]);
    expect(codes(await fail(set(a.editor, { indicator: "coops_new", kind: "END_LEVEL", min: 30 })))).toEqual(["kind:END_LEVEL_NEEDS_LEVEL"]);
    expect(codes(await fail(set(a.editor, { indicator: "coops_effective_pct", kind: "END_LEVEL", min: 80, max: 120 })))).toEqual(["max:PERCENT_RANGE"]);
    expect(codes(await fail(set(a.editor, { indicator: "coops_total", kind: "END_LEVEL", min: 700, max: 650 })))).toEqual(["max:MAX_BELOW_MIN"]);
    expect(codes(await fail(set(a.editor, { indicator: "coops_new", kind: "ANNUAL", min: 30.5, year: 2023 })))).toEqual(["min:NOT_WHOLE", "year:YEAR_OUTSIDE_TERM"]);
    expect(codes(await fail(set(a.editor, { indicator: "coops_new", kind: "TERM_TOTAL", min: 30, year: 2025 })))).toEqual(["year:YEAR_ONLY_ANNUAL"]);
    expect(codes(await fail(set(a.editor, { indicator: "avg_income_worker", kind: "GROWTH", min: 0 })))).toEqual(["min:GROWTH_POSITIVE"]);
    expect(codes(await fail(set(a.editor, { indicator: "no_such_code", kind: "ANNUAL", min: 1 })))).toEqual(["indicator:UNKNOWN_INDICATOR"]);
    const e = await fail(set(a.editor, { indicator: "coops_new", kind: "ANNUAL", min: 1, year: 2030 }));
    expect(errorWords("vi").field(e.details.fields[0])).toBe("Năm phải thuộc nhiệm kỳ: từ 2024 đến 2028.");
    // A share's end level and an average's growth (a multiple above 100% is fine for GROWTH).
    await set(a.editor, { indicator: "coops_effective_pct", kind: "END_LEVEL", min: 80 });
    await set(a.editor, { indicator: "avg_income_worker", kind: "GROWTH", min: 1.5, max: 2 });
  });
});

describe("who may set targets", () => {
  it("refuses another province's editor, the committee and anonymous callers, changing nothing", async () => {
    const [existing] = await sql<{ id: number }>(`SELECT t.id FROM "Target" t JOIN "Indicator" i ON i.id = t."indicatorId" WHERE i.code = 'groups_new' AND t."termId" = (SELECT id FROM "Term" WHERE "startYear" = 2023 AND "provinceId" = (SELECT id FROM "Province" WHERE slug = $1))`, [slug]);
    const before = await snapshot();
    for (const actor of [a.other, a.committee, null]) {
      const code = actor ? "FORBIDDEN" : "NOT_SIGNED_IN";
      expect((await fail(createTerm(db, { actor, slug, body: { startYear: 2028, endYear: 2033 } }))).code).toBe(code);
      expect((await fail(set(actor, { indicator: "unions_new", kind: "TERM_TOTAL", min: 3 }))).code).toBe(code);
      expect((await fail(set(actor, { indicator: "groups_new", kind: "TERM_TOTAL", min: 1 }, existing.id))).code).toBe(code);
      expect((await fail(deleteTarget(db, { actor, slug, ...term, id: existing.id }))).code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets the committee read a term's targets but not another province's editor", async () => {
    expect((await termWithTargets(db, { actor: a.committee, slug, ...term })).targets.length).toBeGreaterThan(0);
    expect((await fail(termWithTargets(db, { actor: a.other, slug, ...term }))).code).toBe("FORBIDDEN");
  });

  it("treats a target of another term as not found", async () => {
    const [seeded] = await sql<{ id: number }>(`SELECT t.id FROM "Target" t JOIN "Term" m ON m.id = t."termId" WHERE m."startYear" = 2018 AND m."provinceId" = (SELECT id FROM "Province" WHERE slug = $1) LIMIT 1`, [slug]);
    expect((await fail(deleteTarget(db, { actor: a.editor, slug, ...term, id: seeded.id }))).code).toBe("NOT_FOUND");
  });
});
