// The register form refuses a unit already registered, as the import does: same name, type and commune with
// case, accents and spacing folded; an edit is not compared with itself; racing saves of one new unit keep one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorWords } from "@/lib/i18n/errors";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { importRegister } from "@/lib/services/import/register-import";
import { createUnit, updateUnit } from "@/lib/services/register/save-unit";
import { freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeUser } from "@/tests/support/factories";
import { registerCsv } from "./import-helpers";

let db: PrismaClient;
let editor: Actor;
const slug = "thai-nguyen";
const unit = (over: Record<string, unknown> = {}) => ({ name: "HTX Chè Đồng Trùng", type: "HTX", sector: "AGRICULTURE", commune: "Tân Cương", foundedYear: 2015, ...over });
const named = async (name: string) => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "RegisterUnit" WHERE name = $1`, [name]))[0].n);

beforeAll(async () => {
  db = await freshDemoDb();
  editor = await makeUser(db, "PROVINCE_EDITOR", slug);
});
afterAll(() => db.$disconnect());

describe("duplicates in the register form", () => {
  it("refuses the same name, type and commune, case and spacing folded, with a message on the name", async () => {
    await createUnit(db, { actor: editor, slug, body: unit() });
    const audits = await sql(`SELECT count(*) AS n FROM "AuditEntry"`);
    const e = await fail(createUnit(db, { actor: editor, slug, body: unit({ name: "  htx  chè   ĐỒNG trùng ", commune: "tân  cương", members: 5 }) }));
    expect(e.code).toBe("INVALID");
    expect(e.details.fields).toEqual([expect.objectContaining({ field: "name", code: "ALREADY_REGISTERED" })]);
    expect(errorWords("vi").field(e.details.fields[0])).toBe("Đã có trong sổ đăng ký (cùng tên, loại hình và xã).");
    expect(await sql(`SELECT count(*) AS n FROM "AuditEntry"`)).toEqual(audits);
    // The import decides the same way about the same unit.
    const r = await importRegister(db, { actor: editor, slug, file: { name: "r.csv", bytes: new Uint8Array(registerCsv("htx chè đồng trùng,HTX,nông nghiệp,TÂN CƯƠNG,,2015,,,,,,")) }, locale: "vi", commit: false });
    expect(r.problems.map((p) => p.code)).toEqual(["ALREADY_REGISTERED"]);
  });

  it("accepts the same name as another type or in another commune", async () => {
    await createUnit(db, { actor: editor, slug, body: unit({ type: "THT" }) });
    await createUnit(db, { actor: editor, slug, body: unit({ commune: "Phúc Xuân" }) });
    await createUnit(db, { actor: editor, slug, body: unit({ commune: null }) });
    expect(await named("HTX Chè Đồng Trùng")).toBe(4);
  });

  it("on edit: refuses taking another unit's key, accepts saving a unit unchanged or with other fields changed", async () => {
    const { id } = await createUnit(db, { actor: editor, slug, body: unit({ name: "HTX Chè Khác" }) });
    const e = await fail(updateUnit(db, { actor: editor, id, body: unit({ name: "HTX chè đồng trùng" }) }));
    expect(e.details.fields).toEqual([expect.objectContaining({ field: "name", code: "ALREADY_REGISTERED" })]);
    await updateUnit(db, { actor: editor, id, body: unit({ name: "HTX Chè Khác", members: 40 }) });
    await updateUnit(db, { actor: editor, id, body: unit({ name: "HTX CHÈ KHÁC", members: 41 }) });
    expect((await sql(`SELECT name, members FROM "RegisterUnit" WHERE id = $1`, [id]))[0]).toEqual({ name: "HTX CHÈ KHÁC", members: 41 });
  });

  it("keeps one unit when ten saves of the same new unit race", async () => {
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => createUnit(db, { actor: editor, slug, body: unit({ name: i % 2 ? "HTX Đua Nhau" : "htx đua nhau", commune: "Xã Đua" }) })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason.details.fields[0].code).toBe("ALREADY_REGISTERED");
    expect(Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "RegisterUnit" WHERE lower(name) = 'htx đua nhau'`))[0].n)).toBe(1);
  });
});
