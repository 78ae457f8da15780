// `npm start`: the production app in one command.
// - DATABASE_URL unset: an embedded database (PGlite) in .data/pglite (HTX_DATA_DIR), migrated and loaded with
//   the demo data on first start.
// - DATABASE_URL set: that Postgres, as it is: nothing is loaded, and pending migrations stop the start.
// - --fresh: a throwaway database (a new one on DATABASE_URL's server, or a temporary embedded one) with the
//   demo data, removed on exit: what the end-to-end tests run against.
// - --dev: `next dev` instead of the production build, on the same database choice (npm run dev).
// - --synthetic: the synthetic country (prisma/synthetic/) instead of the demo, in an embedded database of its own
//   (.data/pglite-synthetic, or HTX_DATA_DIR), loaded on first start, with the demo accounts; refused with
//   DATABASE_URL (docs/decisions/0031-synthetic-demo.md). Every page then says the figures are made up.
// Serves the build with server/main.ts (Next.js behind the response cache). Builds first when there is no
// build; honours PORT; Ctrl-C stops everything it started.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nextEnv from "@next/env";
import { env, envAtStart } from "@/lib/env";
import { createPrismaClient } from "@/lib/prisma-client";
import { migrate } from "@/prisma/migrate";
import { DEMO_PASSWORD, DEMO_USERS, isDemoDatabase } from "@/prisma/seed/demo-users";
import { seedDemo } from "@/prisma/seed/index";
import { MixedDataError } from "@/prisma/seed/guard";
import { startEmbeddedDb } from "./lib/embedded-db";
import { createFreshDb } from "./lib/fresh-db";
import { pendingMigrations } from "./lib/pending-migrations";
import { clearRuntimeCaches, ensureBuild } from "./lib/next-build";
import { productionServerArgs } from "./lib/server-command";
import { loadSyntheticDemo, SYNTHETIC_DATA_DIR } from "./lib/synthetic-demo";
import { authUrlEnv, parsePublicUrl } from "@/server/forwarded";

const root = join(import.meta.dirname, "..");
const fresh = process.argv.includes("--fresh");
const dev = process.argv.includes("--dev");
const synthetic = process.argv.includes("--synthetic");
// The .env files as Next loads them, so that this script and the app see the same settings, all checked now.
nextEnv.loadEnvConfig(root, dev);
const settings = envAtStart(() => env());
const port = settings.PORT;
const cleanups: (() => Promise<void> | void)[] = [];
let server: ChildProcess | undefined;

async function prepareDatabase(): Promise<{ url: string; demo: boolean; embedded: boolean }> {
  const external = settings.DATABASE_URL;
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
    const dataDir = fresh ? join(mkdtempSync(join(tmpdir(), "htx-")), "pglite") : (settings.HTX_DATA_DIR ?? join(root, ".data", synthetic ? SYNTHETIC_DATA_DIR : "pglite"));
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
  if (synthetic) {
    const { demoUsers } = await loadSyntheticDemo(url, (line) => console.log(line)).catch(explainMixedData);
    return { url, demo: demoUsers, embedded };
  }
  const client = createPrismaClient(url, { poolMax: 2 });
  try {
    // A restored real database in the data directory must never get the demo data or the demo accounts (an ADMIN
    // with a published password): only a new database, or one that already is the demo, is (re)seeded.
    if (!isNew && !(await isDemoDatabase(client))) return { url, demo: false, embedded };
    const { created } = await seedDemo(client, { demoUsers: true }).catch(explainMixedData);
    if (created.values) console.log(`Loaded the demo data: ${created.provinces} provinces, ${created.reports} reports, ${created.values} figures, ${created.targets} targets.`);
  } finally {
    await client.$disconnect();
  }
  return { url, demo: true, embedded };
}

/** A refusal to mix real and synthetic data, said in terms of npm start's own options. */
function explainMixedData(err: unknown): never {
  if (!(err instanceof MixedDataError)) throw err;
  const hint = synthetic
    ? `--synthetic needs an embedded database of its own: leave HTX_DATA_DIR unset (.data/${SYNTHETIC_DATA_DIR}) or point it at a new folder.`
    : "It holds the synthetic country: start it with npm start -- --synthetic.";
  throw new Error(`${err.message}\n${hint}`);
}

/** The key that signs login sessions: NEXTAUTH_SECRET, or one made once and kept in .data/auth-secret. */
function authSecret(): string {
  if (settings.NEXTAUTH_SECRET) return settings.NEXTAUTH_SECRET;
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
  // Before the build: a refusal should not take a minute.
  if (synthetic && settings.DATABASE_URL) {
    throw new Error(
      "--synthetic runs an embedded database of its own and does not use DATABASE_URL: unset it, or serve a synthetic " +
        "database on your server with npm run db:synthetic and then DATABASE_URL=<the URL it prints> npm start.",
    );
  }
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
      DATABASE_POOL_MAX: db.embedded ? "6" : String(settings.DATABASE_POOL_MAX),
      NEXTAUTH_SECRET: authSecret(),
      // No public URL: next-auth takes the host the browser used (localhost or 127.0.0.1). server/edge.ts does
      // the same for the production server; `next dev` needs it here.
      ...authUrlEnv(parsePublicUrl(settings.PUBLIC_URL ?? settings.NEXTAUTH_URL)),
    },
  });
  // Ctrl-C reaches the server too: a stop by SIGINT/SIGTERM is a normal end, any other end is a failure.
  server.once("exit", (code, signal) => void shutdown(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));
  const url = `http://localhost:${port}`;
  await waitUntilServing(url);
  console.log(`\nHTX Dashboard is running at ${url}  (Ctrl-C to stop)`);
  console.log(db.embedded ? "Database: embedded (PGlite)" : "Database: DATABASE_URL");
  if (synthetic) console.log("Data: the synthetic country — made up, not real figures (every page says so).");
  if (db.demo) {
    console.log(`Demo accounts, password "${DEMO_PASSWORD}":`);
    for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(34)} ${u.role}${u.province ? ` (${u.province})` : ""}`);
  }
} catch (err) {
  console.error(`\nCould not start: ${(err as Error).message}`);
  await shutdown(1);
}
