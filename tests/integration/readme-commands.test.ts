// Every command the README's Scripts table shows that touches a database, run as a user runs it (`npm run …`)
// against a throwaway database on the Postgres server, each test with its own, dropped after. And the table
// itself: a command it shows must be run here or be in SKIPPED with the reason, so the README cannot drift.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import { createFreshDb, type FreshDb } from "@/scripts/lib/fresh-db";
import { npmRun, ROOT, sqlAt, tableSnapshot } from "@/tests/support/commands";

/** The commands each test below runs (npm run <these>); the README check reads this list. */
const RUNS = {
  migrate: ["db:migrate"],
  seed: ["db:seed"],
  seedDemoUsers: ["db:seed", "--", "--demo-users"],
  resetRefused: ["db:reset"],
  reset: ["db:reset", "--", "--force"],
  check: ["db:check"],
  synthetic: (name: string) => ["db:synthetic", "--", "--scale", "0.01", "--database", name],
  syntheticForce: (name: string) => ["db:synthetic", "--", "--scale", "0.01", "--force", "--database", name],
  seedSynthetic: ["db:seed", "--", "--synthetic", "--scale", "1"],
  backupDefault: ["db:backup"],
  backupOut: (file: string) => ["db:backup", "--", "--out", file],
  restore: (file: string) => ["db:restore", file],
};

/** Commands of the table not run here, and why. */
const SKIPPED: Record<string, string> = {
  "start": "CI (.ci/run) starts npm start on the embedded database and checks the public pages",
  "start --fresh": "the end-to-end tests run on npm start -- --fresh (playwright.config.ts)",
  "start --synthetic": "tests/e2e/synthetic-demo.spec.ts starts it in a temporary folder; tests/integration/synthetic-demo.test.ts loads its database",
  "dev": "the development server: the same database choice as npm start, nothing to check apart",
  "build": "npm test and CI build the app",
  "test": "CI runs npm test",
  "test:unit": "a part of npm test",
  "test:integration": "a part of npm test (this file is in it)",
  "test:e2e": "a part of npm test",
  "typecheck": "a part of npm test",
  "bench": "minutes of load on the production build; docs/performance.md; its database is db:synthetic's, run here",
  "bench --instances": "minutes of load behind nginx; its parts (deploy/htx.conf, two app processes) run in tests/e2e/nginx.spec.ts",
  "db:migration": "writes a migration into prisma/migrations; db:check (run here) uses the same tool",
  "db:migration --empty": "writes a migration into prisma/migrations",
};

const server = process.env.DATABASE_URL;
const onServer = inject("databaseKind") === "server" && !!server;
const dbs: FreshDb[] = [];
async function freshDb(): Promise<string> {
  const db = await createFreshDb(server!, "htx_readme");
  dbs.push(db);
  return db.url;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.drop();
});

async function run(args: string[], url: string | null, expectCode = 0) {
  const r = await npmRun(args, url);
  expect(r.code, `npm run ${args.join(" ")}\n${r.output}`).toBe(expectCode);
  return r.output;
}
const count = async (url: string, table: string) => Number((await sqlAt(url, `SELECT count(*) AS n FROM "${table}"`))[0].n);

describe.skipIf(!onServer)("the README's database commands, on a fresh database each (needs a Postgres server)", () => {
  it("db:migrate, db:seed and db:seed -- --demo-users", async () => {
    const url = await freshDb();
    expect(await run(RUNS.migrate, url)).toMatch(/migration\(s\) applied/);
    expect(await run(RUNS.migrate, url)).toMatch(/up to date/);
    await run(RUNS.seed, url);
    expect(await count(url, "Province")).toBeGreaterThan(0);
    expect(await count(url, "ReportValue")).toBeGreaterThan(0);
    expect(await count(url, "User")).toBe(0);
    await run(RUNS.seedDemoUsers, url);
    const emails = (await sqlAt<{ email: string }>(url, `SELECT email FROM "User" ORDER BY email`)).map((u) => u.email);
    expect(emails).toEqual(DEMO_USERS.map((u) => u.email).sort());
    // still idempotent: the same rows (upserts use up sequence numbers, so those are left out)
    const rows = async () => ({ ...(await tableSnapshot(url)), "(sequences)": [] });
    const before = await rows();
    await run(RUNS.seedDemoUsers, url);
    expect(await rows()).toEqual(before);
  }, 120_000);

  it("db:reset refuses without --force, and with it empties, migrates and loads the demo data", async () => {
    const url = await freshDb();
    await sqlAt(url, `CREATE TABLE leftover (x int)`);
    expect(await run(RUNS.resetRefused, url, 2)).toMatch(/--force/);
    expect(await sqlAt(url, `SELECT to_regclass('leftover') IS NOT NULL AS kept`)).toEqual([{ kept: true }]);
    await run(RUNS.reset, url);
    expect(await sqlAt(url, `SELECT to_regclass('leftover') IS NOT NULL AS kept`)).toEqual([{ kept: false }]);
    expect(await count(url, "ReportValue")).toBeGreaterThan(0);
  }, 120_000);

  it("db:check finds no schema change without a migration", async () => {
    await run(RUNS.check, await freshDb());
  }, 180_000);

  it("db:synthetic makes, migrates and loads its database (a throwaway name here), and recreates it with --force", async () => {
    const name = `htx_readme_syn_${Date.now().toString(36)}`;
    const url = new URL(server!);
    url.pathname = `/${name}`;
    try {
      const out = await run(RUNS.synthetic(name), server!);
      expect(out).toContain(`/${name}`);
      expect(await count(url.toString(), "Province")).toBe(63);
      const units = await count(url.toString(), "RegisterUnit");
      expect(await run(RUNS.synthetic(name), server!)).toMatch(/already holds the synthetic country/);
      expect(await run(RUNS.syntheticForce(name), server!)).toMatch(/Dropping/);
      expect(await count(url.toString(), "RegisterUnit")).toBe(units);
    } finally {
      await sqlAt(server!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  }, 180_000);

  it("db:seed -- --synthetic --scale 1 loads the synthetic country into an empty database; --scale alone is refused", async () => {
    const url = await freshDb();
    await run(RUNS.migrate, url);
    expect(await run(["db:seed", "--", "--scale", "2"], url, 2)).toMatch(/--scale goes with --synthetic/);
    await run(RUNS.seedSynthetic, url);
    expect(await count(url, "RegisterUnit")).toBeGreaterThan(90_000);
  }, 180_000);

  it("db:backup writes a dump (backups/ by default) that db:restore loads into an empty database, and only an empty one", async () => {
    const url = await freshDb();
    await run(RUNS.migrate, url);
    await run(RUNS.seedDemoUsers, url);
    const dir = mkdtempSync(join(tmpdir(), "htx-readme-"));
    const backups = join(ROOT, "backups");
    const listBackups = () => { try { return readdirSync(backups); } catch { return []; } };
    const before = new Set(listBackups());
    try {
      await run(RUNS.backupDefault, url);
      const made = listBackups().filter((f) => !before.has(f));
      expect(made).toHaveLength(1);
      expect(made[0]).toMatch(/^htx-\d{8}-\d{6}\.sql$/);
      rmSync(join(backups, made[0]));

      const file = join(dir, "demo.sql");
      await run(RUNS.backupOut(file), url);
      expect(readFileSync(file, "utf8")).toMatch(/^-- HTX Dashboard backup/);
      const target = await freshDb();
      await run(RUNS.restore(file), target);
      expect(await tableSnapshot(target)).toEqual(await tableSnapshot(url));
      expect(await run(RUNS.restore(file), target, 2)).toMatch(/not empty/);
      expect(await run(RUNS.migrate, target)).toMatch(/up to date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

/** `npm run x -- --a N --b` → "x --a --b": the script and its flags, values left out. */
function commandKey(tokens: string[]): string {
  const t = tokens[0] === "npm" ? tokens.slice(tokens[1] === "run" ? 2 : 1) : tokens;
  return [t[0], ...t.slice(1).filter((a) => a.startsWith("--") && a !== "--").sort()].join(" ");
}

/** The README's Scripts table as command keys: each row's commands, and its options (`-- --x`) added to them. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const table = readme.split(/^## Scripts$/m)[1].split(/^## /m)[0];
  const keys = new Set<string>();
  for (const line of table.split("\n").filter((l) => l.startsWith("| `"))) {
    const [, first, rest] = line.split("|");
    const spans = (s: string) => [...s.matchAll(/`([^`]+)`/g)].map((m) => m[1].trim().split(/\s+/));
    const commands = spans(first).map((t) => (t[0] === "npm" ? t : ["npm", "run", ...t]));
    for (const c of commands) keys.add(commandKey(c));
    for (const span of spans(rest)) {
      if (span[0] === "npm") keys.add(commandKey(span));
      else if (span[0].startsWith("--")) keys.add(commandKey([...commands[0], ...span]));
    }
  }
  return [...keys];
}

describe("the README's Scripts table", () => {
  it("shows no command that is neither run above nor skipped with a reason", () => {
    const runs = Object.values(RUNS).map((r) => commandKey(typeof r === "function" ? r("x") : r).split(" "));
    const covered = (key: string) => {
      const [script, ...flags] = key.split(" ");
      return runs.some(([s, ...f]) => s === script && flags.every((x) => f.includes(x)));
    };
    const shown = readmeCommands();
    expect(shown).toContain("db:seed --demo-users");
    expect(shown).toContain("db:backup --out");
    expect(shown.filter((k) => !covered(k) && !(k in SKIPPED))).toEqual([]);
    expect(Object.keys(SKIPPED).filter((k) => !shown.includes(k))).toEqual([]); // no stale skips
  });
});
