// The published generation (lib/cache/generation.ts, decision 0016): every change to public data advances it in
// its own transaction and announces it with NOTIFY at commit; a change that fails advances nothing; changes
// that the public never sees (drafts, submissions) leave it alone.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import { advancePublicGeneration, GENERATION_CHANNEL } from "@/lib/cache/generation";
import { RESPONSE_CACHE_KEY } from "@/lib/cache/response-cache-key";
import type { PrismaClient } from "@/lib/prisma-client";
import { importRegister } from "@/lib/services/import/register-import";
import { dissolveUnit } from "@/lib/services/register/dissolve-unit";
import { createUnit, updateUnit } from "@/lib/services/register/save-unit";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport } from "@/lib/services/reports/transition";
import { createTerm } from "@/lib/services/targets/create-term";
import { deleteTarget } from "@/lib/services/targets/delete-target";
import { saveTarget } from "@/lib/services/targets/save-target";
import { databaseUrl, freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeUser } from "@/tests/support/factories";
import { migrate } from "@/prisma/migrate";
import { createFreshDb } from "@/scripts/lib/fresh-db";
import { registerCsv } from "./import-helpers";

let db: PrismaClient;
let listener: pg.Client;
const heard: string[] = [];
const learnt: bigint[] = [];
const a: Record<string, Actor> = {};
const slug = "thai-nguyen";

const generation = async () => BigInt((await sql<{ value: string }>(`SELECT value::text FROM "PublicGeneration" WHERE id = 1`))[0]?.value ?? "0");
const status = async (year: number) => (await sql<{ status: string }>(`SELECT r.status FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = $2`, [slug, year]))[0]?.status;
/** Runs `change` and returns by how much the generation moved, and what NOTIFY and this process's cache heard. */
async function advanceOf(change: () => Promise<unknown>) {
  const before = await generation();
  heard.length = 0;
  learnt.length = 0;
  await change();
  const after = await generation();
  await new Promise((r) => setTimeout(r, 100)); // notifications arrive on their own connection
  return { by: Number(after - before), heard: [...heard], learnt: [...learnt], after };
}

beforeAll(async () => {
  db = await freshDemoDb();
  a.editor = await makeUser(db, "PROVINCE_EDITOR", slug);
  a.approver = await makeUser(db, "PROVINCE_APPROVER", slug);
  a.admin = await makeUser(db, "ADMIN");
  listener = new pg.Client({ connectionString: databaseUrl() });
  await listener.connect();
  listener.on("notification", (m) => m.channel === GENERATION_CHANNEL && heard.push(m.payload ?? ""));
  await listener.query(`LISTEN ${GENERATION_CHANNEL}`);
  // What server/main.ts leaves for the services: the approving process learns the new generation at once.
  (globalThis as Record<symbol, unknown>)[RESPONSE_CACHE_KEY] = { learn: (g: bigint) => learnt.push(g) };
});
afterAll(async () => {
  delete (globalThis as Record<symbol, unknown>)[RESPONSE_CACHE_KEY];
  await listener.end();
  await db.$disconnect();
});

describe("the published generation", () => {
  it("is seeded by the migration as one row, and only one", async () => {
    const fresh = await createFreshDb(databaseUrl(), "htx_generation");
    try {
      await migrate(fresh.url);
      const c = new pg.Client({ connectionString: fresh.url });
      await c.connect();
      try {
        expect((await c.query(`SELECT id, value::int FROM "PublicGeneration"`)).rows).toEqual([{ id: 1, value: 1 }]);
        await expect(c.query(`INSERT INTO "PublicGeneration" (id, value) VALUES (2, 1)`)).rejects.toThrow(/PublicGeneration_one_row/);
      } finally {
        await c.end();
      }
    } finally {
      await fresh.drop();
    }
  });

  it("advances in the change's transaction, announced at commit, and not at all when it rolls back", async () => {
    const ok = await advanceOf(() => db.$transaction((tx) => advancePublicGeneration(tx)));
    expect(ok.by).toBe(1);
    expect(ok.heard).toEqual([String(ok.after)]);
    const rolledBack = await advanceOf(() =>
      db.$transaction(async (tx) => {
        await advancePublicGeneration(tx);
        throw new Error("the change fails after advancing");
      }).catch(() => undefined),
    );
    expect(rolledBack).toMatchObject({ by: 0, heard: [], learnt: [] });
  });

  it("advances when a report is approved or reopened, not for drafts, submissions or returns", async () => {
    const save = (year: number, values: Record<string, unknown>) => saveDraft(db, { actor: a.editor, slug, year, body: { version: 0, values, explanations: { coops_total: "Tỉnh mới sau sáp nhập" } } });
    const step = (actor: Actor, year: number, transition: "submit" | "approve" | "reopen" | "return", comment?: string) =>
      transitionReport(db, { actor, slug, year, transition, body: comment ? { comment } : transition === "submit" ? { confirmGaps: true } : {} });
    expect((await advanceOf(() => save(2025, { coops_total: 4321 }))).by).toBe(0);
    expect((await advanceOf(() => step(a.editor, 2025, "submit"))).by).toBe(0);
    const approved = await advanceOf(() => step(a.approver, 2025, "approve"));
    expect(approved).toMatchObject({ by: 1, heard: [String(approved.after)], learnt: [approved.after] });
    expect(await status(2025)).toBe("APPROVED");
    const reopened = await advanceOf(() => step(a.admin, 2025, "reopen", "Số liệu cần sửa"));
    expect(reopened).toMatchObject({ by: 1, learnt: [reopened.after] });
    expect(await status(2025)).toBe("DRAFT");
    await step(a.editor, 2025, "submit");
    expect((await advanceOf(() => step(a.approver, 2025, "return", "Thiếu số liệu"))).by).toBe(0);
    // A refused change advances nothing either.
    expect((await advanceOf(async () => expect((await fail(step(a.approver, 2025, "approve"))).code).toBe("BAD_STATE"))).by).toBe(0);
  });

  it("advances when a term is created and when targets change", async () => {
    const term = { startYear: 2025, endYear: 2030 };
    const created = await advanceOf(() => createTerm(db, { actor: a.editor, slug, body: { ...term, congress: "VII", label: "" } }));
    expect(created).toMatchObject({ by: 1, learnt: [created.after] });
    let id = 0;
    expect((await advanceOf(async () => ({ id } = await saveTarget(db, { actor: a.editor, slug, ...term, body: { indicator: "coops_new", kind: "TERM_TOTAL", min: 150 } })))).by).toBe(1);
    expect((await advanceOf(() => saveTarget(db, { actor: a.editor, slug, ...term, id, body: { indicator: "coops_new", kind: "TERM_TOTAL", min: 160 } }))).by).toBe(1);
    expect((await advanceOf(() => deleteTarget(db, { actor: a.editor, slug, ...term, id }))).by).toBe(1);
  });

  it("advances when the register changes: create, update, dissolve, import", async () => {
    const unit = { name: "HTX chè Thế Hệ Mới", type: "HTX", sector: "AGRICULTURE", commune: "Tân Cương", foundedYear: 2015, members: 12 };
    let id = 0;
    expect((await advanceOf(async () => ({ id } = await createUnit(db, { actor: a.editor, slug, body: unit })))).by).toBe(1);
    expect((await advanceOf(() => updateUnit(db, { actor: a.editor, id, body: { ...unit, members: 13 } }))).by).toBe(1);
    expect((await advanceOf(() => dissolveUnit(db, { actor: a.editor, id, body: { year: 2024 } }))).by).toBe(1);
    const file = { name: "so-dang-ky.csv", bytes: registerCsv("HTX Nhập Mới,HTX,nông nghiệp,Tân Cương,,2016,,20,,,,") };
    expect((await advanceOf(() => importRegister(db, { actor: a.editor, slug, file, locale: "vi", commit: false }))).by).toBe(0); // a dry run
    expect((await advanceOf(() => importRegister(db, { actor: a.editor, slug, file, locale: "vi", commit: true }))).by).toBe(1);
  });
});
