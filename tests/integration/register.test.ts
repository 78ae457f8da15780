// The register's services on a real database: create, edit, dissolve and restore a unit, union membership,
// search without accents, filters and paging, the counts beside the reported totals, and who may do what
// (a refused call changes nothing).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorWords } from "@/lib/i18n/errors";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { registerBesideReported } from "@/lib/queries/register-beside-reported";
import { dissolveUnit } from "@/lib/services/register/dissolve-unit";
import { listUnits, unitsForExport } from "@/lib/queries/register-units";
import { createUnit, updateUnit } from "@/lib/services/register/save-unit";
import { registerFilters } from "@/lib/validation/register-filters";
import { freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
let a: Record<string, Actor>;
const slug = "thai-nguyen";
const unit = (over: Record<string, unknown> = {}) => ({ name: "HTX chè Tân Hương", type: "HTX", sector: "AGRICULTURE", commune: "Tân Cương", foundedYear: 2015, members: 1342, ...over });
const filters = (f: Record<string, unknown> = {}) => registerFilters.parse(f);
const snapshot = () => sql(`SELECT (SELECT count(*) FROM "RegisterUnit") AS units, (SELECT json_agg(u ORDER BY u.id) FROM "RegisterUnit" u) AS rows, (SELECT count(*) FROM "AuditEntry") AS audits`);

beforeAll(async () => {
  db = await freshDemoDb();
  a = await makeUsers(db, {
    editor: ["PROVINCE_EDITOR", slug], approver: ["PROVINCE_APPROVER", slug], other: ["PROVINCE_EDITOR", "ha-giang"], committee: ["COMMITTEE"], admin: ["ADMIN"],
  });
});
afterAll(() => db.$disconnect());

describe("a unit's life in the register", () => {
  it("creates, edits, dissolves and restores a unit, each change audited", async () => {
    const { id } = await createUnit(db, { actor: a.editor, slug, body: unit() });
    await updateUnit(db, { actor: a.approver, id, body: unit({ members: 1400, rating: "GOOD", ratingYear: 2024 }) });
    await dissolveUnit(db, { actor: a.editor, id, body: { year: 2025 } });
    expect((await sql(`SELECT "dissolvedYear", members, rating FROM "RegisterUnit" WHERE id = $1`, [id]))[0]).toEqual({ dissolvedYear: 2025, members: 1400, rating: "GOOD" });
    await updateUnit(db, { actor: a.editor, id, body: unit({ members: 1400 }) });
    const audit = await sql<{ action: string }>(`SELECT action FROM "AuditEntry" WHERE entity = 'RegisterUnit' AND "entityId" = $1 ORDER BY id`, [String(id)]);
    expect(audit.map((x) => x.action)).toEqual(["create", "update", "dissolve", "restore"]);
  });

  it("refuses a dissolution before the founding year, and field rules with Vietnamese messages", async () => {
    const { id } = await createUnit(db, { actor: a.editor, slug, body: unit({ name: "HTX Hòa Bình", foundedYear: 2018 }) });
    const e = await fail(dissolveUnit(db, { actor: a.editor, id, body: { year: 2017 } }));
    expect(e.code).toBe("INVALID");
    expect(e.details.fields[0]).toMatchObject({ field: "dissolvedYear", code: "DISSOLVED_BEFORE_FOUNDED" });
    expect(errorWords("vi").field(e.details.fields[0])).toBe("Năm giải thể không được trước năm thành lập (2018).");
    const bad = await fail(createUnit(db, { actor: a.editor, slug, body: unit({ name: "X", foundedYear: 1900, members: -1, rating: "GOOD" }) }));
    expect(bad.details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort()).toEqual(["foundedYear:NOT_YEAR", "members:NOT_WHOLE", "name:NAME_REQUIRED", "ratingYear:RATING_YEAR_NEEDED"]);
  });

  it("refuses whole numbers beyond the integer columns with the field's message, never a 500", async () => {
    const before = await snapshot();
    const big = await fail(createUnit(db, { actor: a.editor, slug, body: unit({ name: "HTX Quá Lớn", members: 3_000_000_000, workers: 2_147_483_648 }) }));
    expect(big.code).toBe("INVALID");
    expect(big.details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort()).toEqual(["members:TOO_BIG", "workers:TOO_BIG"]);
    expect(errorWords("vi").field(big.details.fields[0])).toBe("Số quá lớn: nhiều nhất 2.147.483.647.");
    const union = await fail(createUnit(db, { actor: a.editor, slug, body: unit({ name: "HTX Liên Hiệp Lạ", unionId: 2 ** 40 }) }));
    expect(union.code).toBe("INVALID");
    expect(await snapshot()).toEqual(before);
  });

  it("lets an HTX join an LH HTX of the same province only", async () => {
    const union = await createUnit(db, { actor: a.editor, slug, body: unit({ name: "Liên hiệp HTX chè Thái Nguyên", type: "LH_HTX", members: 0 }) });
    const member = await createUnit(db, { actor: a.editor, slug, body: unit({ name: "HTX chè La Bằng", unionId: union.id }) });
    expect((await sql(`SELECT "unionId" FROM "RegisterUnit" WHERE id = $1`, [member.id]))[0].unionId).toBe(union.id);
    const otherUnion = await createUnit(db, { actor: a.other, slug: "ha-giang", body: unit({ name: "LH HTX Hà Giang", type: "LH_HTX" }) });
    const e = await fail(createUnit(db, { actor: a.editor, slug, body: unit({ name: "HTX Phúc Xuân", unionId: otherUnion.id }) }));
    expect(e.details.fields[0]).toMatchObject({ field: "unionId", code: "UNKNOWN_UNION" });
    const tht = await fail(createUnit(db, { actor: a.editor, slug, body: unit({ name: "Tổ hợp tác Phúc Xuân", type: "THT", unionId: union.id }) }));
    expect(tht.details.fields[0]).toMatchObject({ field: "unionId", code: "UNION_NOT_ALLOWED" });
    const retype = await fail(updateUnit(db, { actor: a.editor, id: union.id, body: unit({ name: "Liên hiệp HTX chè Thái Nguyên", type: "HTX" }) }));
    expect(retype.details.fields[0]).toMatchObject({ field: "type", code: "UNION_HAS_MEMBERS" });
  });
});

describe("who may change the register", () => {
  it("refuses another province's editor, the committee and anonymous callers, changing nothing", async () => {
    const { id } = await createUnit(db, { actor: a.admin, slug, body: unit({ name: "HTX Quyết Thắng" }) });
    const before = await snapshot();
    for (const actor of [a.other, a.committee, null]) {
      const code = actor ? "FORBIDDEN" : "NOT_SIGNED_IN";
      expect((await fail(createUnit(db, { actor, slug, body: unit({ name: "HTX mới" }) }))).code).toBe(code);
      expect((await fail(updateUnit(db, { actor, id, body: unit({ name: "HTX đổi tên" }) }))).code).toBe(code);
      expect((await fail(dissolveUnit(db, { actor, id, body: { year: 2024 } }))).code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });
  it("lets the committee read the list but not another province's editor", async () => {
    expect((await listUnits(db, { actor: a.committee, slug, filters: filters() })).total).toBeGreaterThan(0);
    expect((await fail(listUnits(db, { actor: a.other, slug, filters: filters() }))).code).toBe("FORBIDDEN");
  });
});

describe("finding units", () => {
  it("finds a name without accents or case: “tan huong” finds “HTX chè Tân Hương”", async () => {
    for (const q of ["tan huong", "TÂN HƯƠNG", "che tan", "Tân Hương"]) {
      const r = await listUnits(db, { actor: a.editor, slug, filters: filters({ q }) });
      expect(r.rows.map((u) => u.name), q).toEqual(["HTX chè Tân Hương"]);
    }
    expect((await listUnits(db, { actor: a.editor, slug, filters: filters({ q: "100%_" }) })).total).toBe(0);
    // Names typed in decomposed form (NFD) are stored composed, and found the same way.
    await createUnit(db, { actor: a.editor, slug, body: unit({ name: "HTX Đồng Hỷ".normalize("NFD") }) });
    expect((await listUnits(db, { actor: a.editor, slug, filters: filters({ q: "dong hy" }) })).rows[0].name).toBe("HTX Đồng Hỷ");
  });

  it("filters by type, sector and status, pages 50 at a time and counts the total", async () => {
    const province = await db.province.findUniqueOrThrow({ where: { slug } });
    await db.registerUnit.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ provinceId: province.id, name: `Tổ hợp tác số ${String(i).padStart(3, "0")}`, type: "THT" as const, sector: i % 2 ? "AGRICULTURE" as const : "TRANSPORT" as const, foundedYear: 2010, dissolvedYear: i < 10 ? 2020 : null })),
    });
    const tht = await listUnits(db, { actor: a.editor, slug, filters: filters({ type: "THT", page: "3" }) });
    expect([tht.total, tht.pageCount, tht.page, tht.rows.length]).toEqual([120, 3, 3, 20]);
    expect(tht.rows[0].name).toBe("Tổ hợp tác số 100");
    expect((await listUnits(db, { actor: a.editor, slug, filters: filters({ type: "THT", status: "dissolved" }) })).total).toBe(10);
    expect((await listUnits(db, { actor: a.editor, slug, filters: filters({ type: "THT", sector: "TRANSPORT", status: "active" }) })).total).toBe(55);
    // A page past the end shows the last one.
    expect((await listUnits(db, { actor: a.editor, slug, filters: filters({ type: "THT", page: "99" }) })).page).toBe(3);
    const all = await unitsForExport(db, { actor: a.editor, slug, filters: filters({ type: "THT" }) });
    expect([all.rows.length, all.truncated]).toEqual([120, false]);
  });
});

describe("the register beside the reported totals", () => {
  it("counts units active at the end of the latest approved report's year, with the difference", async () => {
    const r = await registerBesideReported(db, { actor: a.editor, slug });
    expect(r.reported?.year).toBe(2018);
    const htx = r.reported!.rows.find((x) => x.type === "HTX")!;
    expect(htx.reported?.value).toBe(470);
    // Units founded by 2018 and not dissolved by then: the test's HTX were founded 2015 (some in 2018).
    const active2018 = Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "RegisterUnit" u JOIN "Province" p ON p.id = u."provinceId" WHERE p.slug = $1 AND type = 'HTX' AND "foundedYear" <= 2018 AND ("dissolvedYear" IS NULL OR "dissolvedYear" > 2018)`, [slug]))[0].n);
    expect(htx.registered).toBe(active2018);
    expect(htx.difference).toBe(active2018 - 470);
    expect(r.activeNow.THT).toBe(110);
  });
});
