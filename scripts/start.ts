// `npm start`: the production app in one command.
// - DATABASE_URL unset: an embedded database (PGlite) in .data/pglite (HTX_DATA_DIR), migrated and loaded with
//   the demo data on first start.
// - DATABASE_URL set: that Postgres, as it is: nothing is loaded, and pending migrations stop the start.
// - --fresh: a throwaway database (a new one on DATABASE_URL's server, or a temporary embedded one) with the
//   demo data, removed on exit: what the end-to-end tests run against.
// - --dev: `next dev` instead of the production build, on the same database choice (npm run dev).
// Serves the build with server/main.ts (Next.js behind the response cache). Builds first when there is no
// build; honours PORT; Ctrl-C stops everything it started.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "../lib/prisma-client";
import { migrate } from "../prisma/migrate";
import { DEMO_PASSWORD, DEMO_USERS, isDemoDatabase } from "../prisma/seed/demo-users";
import { seedDemo } from "../prisma/seed/index";
import { startEmbeddedDb } from "./lib/embedded-db";
import { createFreshDb } from "./lib/fresh-db";
import { pendingMigrations } from "./lib/pending-migrations";
import { clearRuntimeCaches, ensureBuild } from "./lib/next-build";
import { productionServerArgs } from "./lib/server-command";
import { authUrlEnv, parsePublicUrl } from "../server/forwarded";

const root = join(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const fresh = process.argv.includes("--fresh");
const dev = process.argv.includes("--dev");
const cleanups: (() => Promise<void> | void)[] = [];
let server: ChildProcess | undefined;

async function prepareDatabase(): Promise<{ url: string; demo: boolean; embedded: boolean }> {
  const external = process.env.DATABASE_URL;
  if (external && !fresh) {
    const pending = await pendingMigrations(external);
    if (pending.length) throw new Error(`The database has ${pending.length} migration(s) to apply (${pending.join(", ")}): run npm run db:migrate first.`);
    return { url: external, demo: false, embedded: false };
  }
  let url: string;
  let embedded = false;
  let isNew = true;
  if (external) {
    const db = await createFreshDb(external, "htx_e2e");
    cleanups.push(() => db.drop());
    url = db.url;
  } else {
    const dataDir = fresh ? join(mkdtempSync(join(tmpdir(), "htx-")), "pglite") : (process.env.HTX_DATA_DIR ?? join(root, ".data", "pglite"));
    isNew = !existsSync(join(dataDir, "PG_VERSION"));
    if (isNew) console.log(`Creating the embedded database in ${dataDir} …`);
    const db = await startEmbeddedDb({ dataDir });
    cleanups.push(() => db.stop());
    if (fresh) cleanups.push(() => rmSync(join(dataDir, ".."), { recursive: true, force: true }));
    url = db.url;
    embedded = true;
  }
  const applied = await migrate(url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  const client = createPrismaClient(url, { poolMax: 2 });
  try {
    // A restored real database in the data directory must never get the demo data or the demo accounts (an ADMIN
    // with a published password): only a new database, or one that already is the demo, is (re)seeded.
    if (!isNew && !(await isDemoDatabase(client))) return { url, demo: false, embedded };
    const { created } = await seedDemo(client, { demoUsers: true });
    if (created.values) console.log(`Loaded the demo data: ${created.provinces} provinces, ${created.reports} reports, ${created.values} figures, ${created.targets} targets.`);
  } finally {
    await client.$disconnect();
  }
  return { url, demo: true, embedded };
}

/** The key that signs login sessions: NEXTAUTH_SECRET, or one made once and kept in .data/auth-secret. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(join(root, ".data"), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function waitUntilServing(url: string) {
  for (let i = 0; i < 600; i++) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error("the server exited while starting");
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`the server did not answer on ${url} within a minute`);
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch((e) => console.error(e));
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  if (!dev) ensureBuild(root, { ifStale: false });
  const db = await prepareDatabase();
  clearRuntimeCaches(root);
  const args = dev ? [join(root, "node_modules/next/dist/bin/next"), "dev", "-p", String(port)] : productionServerArgs(root, { port });
  server = spawn(process.execPath, args, {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: dev ? "development" : "production",
      DATABASE_URL: db.url,
      DATABASE_POOL_MAX: db.embedded ? "6" : (process.env.DATABASE_POOL_MAX ?? "10"),
      NEXTAUTH_SECRET: authSecret(),
      // No public URL: next-auth takes the host the browser used (localhost or 127.0.0.1). server/edge.ts does
      // the same for the production server; `next dev` needs it here.
      ...authUrlEnv(parsePublicUrl(process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL)),
    },
  });
  // Ctrl-C reaches the server too: a stop by SIGINT/SIGTERM is a normal end, any other end is a failure.
  server.once("exit", (code, signal) => void shutdown(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));
  const url = `http://localhost:${port}`;
  await waitUntilServing(url);
  console.log(`\nHTX Dashboard is running at ${url}  (Ctrl-C to stop)`);
  console.log(db.embedded ? "Database: embedded (PGlite)" : "Database: DATABASE_URL");
  if (db.demo) {
    console.log(`Demo accounts, password "${DEMO_PASSWORD}":`);
    for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(34)} ${u.role}${u.province ? ` (${u.province})` : ""}`);
  }
} catch (err) {
  console.error(`\nCould not start: ${(err as Error).message}`);
  await shutdown(1);
}
