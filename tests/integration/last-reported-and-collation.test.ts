// Issue 12's smaller things on a real database: a figure is compared with the last year that was reported (not
// only the calendar year before), and lists come in Vietnamese order (Đ after D, case folded; decisions 0043, 0044),
// on the server and on the embedded database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import { compareVi } from "@/lib/domain/collation";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { lastReported } from "@/lib/queries/last-reported";
import { provincesForActor } from "@/lib/queries/provinces-for-actor";
import { unionsOf } from "@/lib/queries/register-unions";
import { listUnits } from "@/lib/queries/register-units";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { registerFilters } from "@/lib/validation/register-filters";
import { migrate } from "@/prisma/migrate";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";
import { sqlAt } from "@/tests/support/commands";
import { freshDemoDb, sql } from "@/tests/support/db";
import { makeUser, makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
let a: Record<"editor" | "admin", Actor>;
const slug = "lai-chau";

beforeAll(async () => {
  db = await freshDemoDb();
  a = await makeUsers(db, { editor: ["PROVINCE_EDITOR", slug], admin: ["ADMIN"] });
});
afterAll(() => db.$disconnect());

const save = (year: number, version: number, values: Record<string, number>) => saveDraft(db, { actor: a.editor, slug, year, body: { version, values } });

describe("the last reported year", () => {
  it("is each figure's latest earlier year, named in the warning, drafts only for those who may read them", async () => {
    await save(2019, 0, { coops_total: 100, coops_new: 10 });
    await save(2021, 0, { coops_total: 120 }); // 2020 never reported
    const { warnings } = await save(2022, 0, { coops_total: 900, coops_new: 50 });
    expect(warnings).toEqual([
      { field: "coops_total", previous: 120, year: 2021, value: 900 },
      { field: "coops_new", previous: 10, year: 2019, value: 50 },
    ]);

    const [{ id }] = await sql<{ id: number }>(`SELECT id FROM "Province" WHERE slug = $1`, [slug]);
    // Approved as the workflow would leave it (the workflow itself is report-workflow.test.ts's).
    await sql(`UPDATE "YearlyReport" SET status = 'APPROVED', "approvedAt" = now() WHERE "provinceId" = $1 AND year = 2019`, [id]);
    expect(await lastReported(db, id, 2022)).toMatchObject({ coops_total: { value: 120, year: 2021 }, coops_new: { value: 10, year: 2019 } });
    expect(await lastReported(db, id, 2022, { approvedOnly: true })).toEqual({
      coops_total: { value: 100, qualifier: "EXACT", high: null, year: 2019 },
      coops_new: { value: 10, qualifier: "EXACT", high: null, year: 2019 },
    });
    expect(await lastReported(db, id, 2019)).toEqual({});
  });
});

describe("Vietnamese order", () => {
  const names = ["LH Đắk Lắk", "LH Zeta", "LH Điện Biên", "LH Dak", "LH Bắc Ninh", "lh an giang", "LH Bạc Liêu", "LH Dương"];

  beforeAll(async () => {
    const [{ id }] = await sql<{ id: number }>(`SELECT id FROM "Province" WHERE slug = $1`, [slug]);
    for (const name of names) await db.registerUnit.create({ data: { provinceId: id, name, type: "LH_HTX", sector: "AGRICULTURE", foundedYear: 2015 } });
  });

  it("sorts the province pickers and the union picker in JS: Đ after D, before G", async () => {
    const { current } = await provincesForActor(db, a.admin, "register:read");
    const list = current.map((p) => p.name);
    expect(list).toEqual([...list].sort(compareVi));
    expect(list.indexOf("Đồng Nai")).toBeLessThan(list.indexOf("Gia Lai"));
    expect(list.indexOf("Cà Mau")).toBeLessThan(list.indexOf("Đắk Lắk"));
    expect((await unionsOf(db, current.find((p) => p.slug === slug)!.id)).map((u) => u.name)).toEqual([
      "lh an giang", "LH Bạc Liêu", "LH Bắc Ninh", "LH Dak", "LH Dương", "LH Đắk Lắk", "LH Điện Biên", "LH Zeta",
    ]);
  });

  it("pages the register in Vietnamese order on this server", async () => {
    const { rows } = await listUnits(db, { actor: a.editor, slug, filters: registerFilters.parse({ type: "LH_HTX" }) });
    expect(rows.map((r) => r.name)).toEqual([...names].sort(compareVi));
  });

  // PGlite's ICU knows only the root locale: the migration tailors it (decision 0044), and a backup carries it.
  it("pages the register in Vietnamese order on the embedded database too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "htx-collation-"));
    const embedded = await startEmbeddedDb({ dataDir: join(dir, "pglite") });
    const pglite = createPrismaClient(embedded.url, { poolMax: 2 });
    try {
      await migrate(embedded.url);
      expect(await sqlAt<{ collname: string }>(embedded.url, `SELECT collname FROM pg_collation WHERE collname IN ('vi-x-icu', 'vi-htx')`)).toEqual([{ collname: "vi-htx" }]);
      const province = await pglite.province.create({ data: { code: "12", slug, name: "Lai Châu", validFrom: new Date("2004-01-01") } });
      const editor = await makeUser(pglite, "PROVINCE_EDITOR", slug);
      const more = ["LH Ăn", "LH Ân", "LH Ê", "LH Eo", "LH Ôn", "LH Ơn", "LH Oa", "LH Ưu", "LH Uy"];
      await pglite.registerUnit.createMany({ data: [...names, ...more].map((name) => ({ provinceId: province.id, name, type: "LH_HTX" as const, sector: "AGRICULTURE" as const, foundedYear: 2015 })) });
      const { rows } = await listUnits(pglite, { actor: editor, slug, filters: registerFilters.parse({ type: "LH_HTX" }) });
      expect(rows.map((r) => r.name)).toEqual([...names, ...more].sort(compareVi));
    } finally {
      await pglite.$disconnect();
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
