// npm run db:backup and db:restore on the demo data plus a year of staff work (a report saved, submitted and
// approved, a term and its target, register units, a user, their audit entries): every row of every table,
// and the migrations' record, come back the same, from a Postgres server and from the embedded database.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/authz";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { dissolveUnit } from "@/lib/services/register/dissolve-unit";
import { createUnit, updateUnit } from "@/lib/services/register/save-unit";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport } from "@/lib/services/reports/transition";
import { createTerm } from "@/lib/services/targets/create-term";
import { saveTarget } from "@/lib/services/targets/save-target";
import { createUser } from "@/lib/services/users/create-user";
import { migrate } from "@/prisma/migrate";
import { seedDemo } from "@/prisma/seed/index";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";
import { createFreshDb } from "@/scripts/lib/fresh-db";
import { pendingMigrations } from "@/scripts/lib/pending-migrations";
import { npmRun, sqlAt, tableSnapshot } from "@/tests/support/commands";
import { databaseUrl, freshDemoDb } from "@/tests/support/db";
import { makeUser } from "@/tests/support/factories";

const slug = "thai-nguyen";

/** What a province's staff do in a year, through the services the app uses. */
async function yearOfStaffWork(db: PrismaClient) {
  const admin = await makeUser(db, "ADMIN");
  const editor: Actor = await makeUser(db, "PROVINCE_EDITOR", slug);
  const approver: Actor = await makeUser(db, "PROVINCE_APPROVER", slug);
  const province = await db.province.findUniqueOrThrow({ where: { slug } });
  await createUser(db, { actor: admin, input: { email: "can.bo.moi@thainguyen.gov.vn", name: "Nguyễn Thị Mới", role: "PROVINCE_EDITOR", provinceId: String(province.id), password: "mật khẩu đủ dài" } });

  const values = { coops_total: 701, coops_new: 42, coops_new_agri: 30, members_workers: { value: 200000, qualifier: "AT_LEAST" } };
  await saveDraft(db, { actor: editor, slug, year: 2019, body: { version: 0, values } });
  await saveDraft(db, { actor: editor, slug, year: 2019, body: { version: 1, values: { ...values, coops_new: 43 } } });
  await transitionReport(db, { actor: editor, slug, year: 2019, transition: "submit", body: { version: 2, confirmGaps: true } });
  await transitionReport(db, { actor: approver, slug, year: 2019, transition: "approve", body: {} });

  await createTerm(db, { actor: editor, slug, body: { congress: "vi", startYear: 2023, endYear: 2028, label: "", note: "Đại hội nhiệm kỳ 2023–2028" } });
  await saveTarget(db, { actor: editor, slug, startYear: 2023, endYear: 2028, body: { indicator: "coops_new", kind: "TERM_TOTAL", min: 150 } });

  const union = await createUnit(db, { actor: editor, slug, body: { name: "Liên hiệp HTX chè Thái Nguyên", type: "LH_HTX", sector: "AGRICULTURE", foundedYear: 2019 } });
  const unit = await createUnit(db, { actor: editor, slug, body: { name: "HTX chè La Bằng", type: "HTX", sector: "AGRICULTURE", commune: "La Bằng", registrationNo: "4600123", foundedYear: 2012, members: 1342, workers: 1342, unionId: union.id } });
  await updateUnit(db, { actor: editor, id: unit.id, body: { name: "HTX chè La Bằng", type: "HTX", sector: "AGRICULTURE", commune: "La Bằng", registrationNo: "4600123", foundedYear: 2012, members: 1400, workers: 1350, unionId: union.id } });
  const gone = await createUnit(db, { actor: editor, slug, body: { name: "HTX dịch vụ Đồng Hỷ", type: "HTX", sector: "TRADE_SERVICE", foundedYear: 2015 } });
  await dissolveUnit(db, { actor: editor, id: gone.id, body: { year: 2024 } });
}

/** The rows a restore must bring back, checked by name besides the table-by-table comparison. */
async function expectStaffWork(url: string) {
  expect(await sqlAt(url, `SELECT r.status, r.version FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = 2019`, [slug])).toEqual([{ status: "APPROVED", version: 4 }]);
  expect(await sqlAt(url, `SELECT min::text FROM "Target" WHERE "termId" = (SELECT id FROM "Term" WHERE "startYear" = 2023 AND "endYear" = 2028)`)).toEqual([{ min: "150.0000" }]);
  expect(await sqlAt(url, `SELECT members, "dissolvedYear" FROM "RegisterUnit" ORDER BY id`)).toEqual([{ members: null, dissolvedYear: null }, { members: 1400, dissolvedYear: null }, { members: null, dissolvedYear: 2024 }]);
  expect(await sqlAt(url, `SELECT "passwordHash" LIKE '$2%' AS hashed FROM "User" WHERE email = 'can.bo.moi@thainguyen.gov.vn'`)).toEqual([{ hashed: true }]);
  const actions = (await sqlAt<{ a: string }>(url, `SELECT entity || ':' || action AS a FROM "AuditEntry" ORDER BY id`)).map((r) => r.a);
  expect(actions).toEqual(expect.arrayContaining(["YearlyReport:approve", "YearlyReport:submit", "Target:create", "RegisterUnit:dissolve", "User:create"]));
}

describe.skipIf(inject("databaseKind") !== "server")("backup and restore on a Postgres server", () => {
  const dir = mkdtempSync(join(tmpdir(), "htx-backup-"));
  const file = join(dir, "backup.sql");
  let db: PrismaClient;
  beforeAll(async () => {
    db = await freshDemoDb();
    await yearOfStaffWork(db);
  });
  afterAll(async () => {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds every figure, target, register unit, user and audit entry again in a fresh database", async () => {
    const backup = await npmRun(["db:backup", "--", "--out", file], databaseUrl());
    expect(backup.code, backup.output).toBe(0);
    const target = await createFreshDb(process.env.DATABASE_URL!, "htx_restore");
    try {
      const restore = await npmRun(["db:restore", file], target.url);
      expect(restore.code, restore.output).toBe(0);
      const restored = await tableSnapshot(target.url);
      expect(restored).toEqual(await tableSnapshot(databaseUrl()));
      expect(restored._prisma_migrations.length).toBeGreaterThan(0);
      await expectStaffWork(target.url);
      expect(await pendingMigrations(target.url)).toEqual([]);

      // The app goes on where it stopped: new rows take new ids (the sequences came back too).
      const after = createPrismaClient(target.url, { poolMax: 1 });
      try {
        const editor = await makeUser(after, "PROVINCE_EDITOR", slug);
        await createUnit(after, { actor: editor, slug, body: { name: "HTX sau khôi phục", type: "HTX", sector: "AGRICULTURE", foundedYear: 2020 } });
      } finally {
        await after.$disconnect();
      }
    } finally {
      await target.drop();
    }
  }, 120_000);

  it("writes a file only its owner can read, that psql loads too", async () => {
    if (!existsSync(file)) await npmRun(["db:backup", "--", "--out", file], databaseUrl());
    expect(readFileSync(file, "utf8")).toContain("password hashes");
    expect(statSync(file).mode & 0o077).toBe(0);
    const target = await createFreshDb(process.env.DATABASE_URL!, "htx_restore");
    try {
      const r = spawnSync("psql", ["-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", file, target.url], { encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      expect(await tableSnapshot(target.url)).toEqual(await tableSnapshot(databaseUrl()));
    } finally {
      await target.drop();
    }
  }, 120_000);
});

describe("backup and restore of the embedded database (PGlite)", () => {
  const dir = mkdtempSync(join(tmpdir(), "htx-backup-embedded-"));
  const dataDir = join(dir, "pglite");
  const file = join(dir, "embedded.sql");
  let before: Record<string, string[]>;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses while the app serves it, then backs it up; the file restores into a new data directory", async () => {
    const running = await startEmbeddedDb({ dataDir });
    try {
      await migrate(running.url);
      const db = createPrismaClient(running.url, { poolMax: 2 });
      try {
        await seedDemo(db, { demoUsers: true });
        await yearOfStaffWork(db);
      } finally {
        await db.$disconnect();
      }
      before = await tableSnapshot(running.url);
      const busy = await npmRun(["db:backup", "--", "--out", file], null, { HTX_DATA_DIR: dataDir });
      expect(busy.code, busy.output).toBe(2);
      expect(busy.output).toMatch(/in use by process \d+ \(npm start\)/);
      expect(existsSync(file)).toBe(false);
    } finally {
      await running.stop();
    }
    const backup = await npmRun(["db:backup", "--", "--out", file], null, { HTX_DATA_DIR: dataDir });
    expect(backup.code, backup.output).toBe(0);

    const restoredDir = join(dir, "pglite-restored");
    const restore = await npmRun(["db:restore", file], null, { HTX_DATA_DIR: restoredDir });
    expect(restore.code, restore.output).toBe(0);
    const again = await npmRun(["db:restore", file], null, { HTX_DATA_DIR: restoredDir });
    expect(again.code, again.output).toBe(2);
    expect(again.output).toMatch(/not empty/);
    const restored = await startEmbeddedDb({ dataDir: restoredDir });
    try {
      expect(await tableSnapshot(restored.url)).toEqual(before);
      await expectStaffWork(restored.url);
      // The register's Vietnamese order (decision 0044) came back with the schema.
      expect(await sqlAt(restored.url, `SELECT collname FROM pg_collation WHERE collname = 'vi-htx'`)).toEqual([{ collname: "vi-htx" }]);
    } finally {
      await restored.stop();
    }
  }, 300_000);

  it.skipIf(inject("databaseKind") !== "server")("restores the embedded database's backup (Postgres 18) into the Postgres 15 server", async () => {
    expect(before, "the test above makes the backup").toBeDefined();
    const target = await createFreshDb(process.env.DATABASE_URL!, "htx_restore");
    try {
      // Written so that a server without ICU rules skips it (psql runs the file as it is, too).
      expect(readFileSync(file, "utf8")).toMatch(/^DO \$restore\$ BEGIN IF current_setting\('server_version_num'\)::int >= 160000 THEN EXECUTE \$sql\$CREATE COLLATION public\."vi-htx" .*rules = /m);
      const restore = await npmRun(["db:restore", file], target.url);
      expect(restore.code, restore.output).toBe(0);
      expect(await tableSnapshot(target.url)).toEqual(before);
      // Postgres 15 has no ICU rules: the tailored collation is skipped there (its own "vi-x-icu" sorts).
      const [{ n }] = await sqlAt<{ n: number }>(target.url, `SELECT count(*)::int AS n FROM pg_collation WHERE collname = 'vi-htx'`);
      expect(n).toBe(Number((await sqlAt<{ v: string }>(target.url, "SELECT current_setting('server_version_num') AS v"))[0].v) >= 160000 ? 1 : 0);
      expect(await pendingMigrations(target.url)).toEqual([]);
    } finally {
      await target.drop();
    }
  }, 120_000);
});
