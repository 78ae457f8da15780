// `npm start -- --synthetic`'s database: the synthetic country with the demo accounts, which the banner's check
// (lib/queries/synthetic-data.ts) recognises, and which is never loaded into a database holding the demo data.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { holdsSyntheticData } from "@/lib/queries/synthetic-data";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { MixedDataError } from "@/prisma/seed/guard";
import { loadSyntheticDemo } from "@/scripts/lib/synthetic-demo";
import { ROOT } from "@/tests/support/commands";
import { databaseUrl, freshDemoDb, testPrisma, truncateAll } from "@/tests/support/db";

const SCALE = 0.01;
let db: PrismaClient;
beforeAll(() => {
  db = testPrisma();
});
afterAll(() => db.$disconnect());

describe("the synthetic demo database", () => {
  it("holds the synthetic country and the demo accounts, and a second start loads nothing", async () => {
    await truncateAll();
    const lines: string[] = [];
    expect(await loadSyntheticDemo(databaseUrl(), (l) => lines.push(l), SCALE)).toEqual({ demoUsers: true });
    expect(lines.join("\n")).toMatch(/Loaded the synthetic country in [\d.]+ s: 979 reports/);
    expect(await holdsSyntheticData(db)).toBe(true);
    const users = await db.user.findMany({ select: { email: true, province: { select: { slug: true } } }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.province?.slug])).toEqual(
      [...DEMO_USERS].sort((a, b) => a.email.localeCompare(b.email)).map((u) => [u.email, u.province]),
    );

    const units = await db.registerUnit.count();
    const again: string[] = [];
    await loadSyntheticDemo(databaseUrl(), (l) => again.push(l), SCALE);
    expect(again).toEqual([]);
    expect(await db.registerUnit.count()).toBe(units);
    expect(await db.user.count()).toBe(DEMO_USERS.length);
  }, 120_000);

  it("gets no demo accounts when it has users of its own", async () => {
    await db.user.deleteMany();
    await db.user.create({ data: { email: "someone@example.org", name: "Someone", role: "ADMIN", passwordHash: "x" } });
    expect(await loadSyntheticDemo(databaseUrl(), () => {}, SCALE)).toEqual({ demoUsers: false });
    expect(await db.user.count()).toBe(1);
  });

  it("is not the demo database: no banner there, and the synthetic country is refused into it", async () => {
    const demo = await freshDemoDb();
    try {
      expect(await holdsSyntheticData(demo)).toBe(false);
      await expect(loadSyntheticDemo(databaseUrl(), () => {}, SCALE)).rejects.toBeInstanceOf(MixedDataError);
      expect(await holdsSyntheticData(demo)).toBe(false);
      expect(await demo.user.count()).toBe(0);
    } finally {
      await demo.$disconnect();
    }
  }, 60_000);
});

describe("npm start -- --synthetic with DATABASE_URL", () => {
  it("refuses at once, before building or touching any database, and says what to do instead", async () => {
    const run = promisify(execFile);
    // Port 1: nothing to connect to, so a start that used the URL would fail otherwise.
    const failed = await run(process.execPath, ["--import", "tsx", join(ROOT, "scripts/start.ts"), "--synthetic"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/htx", HTX_DIST_DIR: ".next-never-built" },
      timeout: 30_000,
    }).then(() => null, (err: { code?: number; stdout: string; stderr: string }) => err);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain("--synthetic runs an embedded database of its own and does not use DATABASE_URL");
    expect(failed?.stderr).toContain("npm run db:synthetic");
    expect(failed?.stdout).not.toContain("Building");
  });
});
