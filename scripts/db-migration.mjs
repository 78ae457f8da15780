// Authors migrations with Prisma's own tooling, offline: the Prisma 6 CLI (tools/prisma6) with its
// WebAssembly schema engine over a driver adapter. Prisma 7's migrate needs a binary engine that this
// machine cannot download (docs/decisions/0002-migrations.md).
//   npm run db:migration -- <name>     create prisma/migrations/<timestamp>_<name> from the schema
//   npm run db:migration -- --check    exit 1 if the schema has changes no migration holds
// Uses DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/htx_dev) and a shadow database beside it.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const tool = join(import.meta.dirname, "..", "tools", "prisma6");
if (!existsSync(join(tool, "node_modules", "prisma"))) {
  const r = spawnSync("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: tool, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const schema = readFileSync(join(import.meta.dirname, "..", "prisma", "schema.prisma"), "utf8");
const withUrl = schema.replace(/datasource db \{\s*provider\s*=\s*"postgresql"\s*\}/, 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}');
if (withUrl === schema) throw new Error("datasource block not found in prisma/schema.prisma");
mkdirSync(join(tool, ".tmp"), { recursive: true });
writeFileSync(join(tool, ".tmp", "schema.prisma"), withUrl);

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/htx_dev",
  PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
  PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
// The WebAssembly engine crashes ("unreachable") when it introspects a database with CHECK constraints.
// Prisma does not model CHECK constraints, so diffs are the same without them: diff against a copy of the
// migrations with those statements left out.
const migrationsDir = join(import.meta.dirname, "..", "prisma", "migrations");
const copyDir = join(tool, ".tmp", "migrations");
rmSync(copyDir, { recursive: true, force: true });
cpSync(migrationsDir, copyDir, { recursive: true });
for (const d of readdirSync(copyDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
  const file = join(copyDir, d.name, "migration.sql");
  const kept = readFileSync(file, "utf8").split("\n").filter((l) => !/ADD CONSTRAINT .* CHECK \(/.test(l));
  writeFileSync(file, kept.join("\n"));
}

const args = process.argv.slice(2);
const run = (prismaArgs, opts = {}) =>
  spawnSync(process.execPath, ["node_modules/prisma/build/index.js", ...prismaArgs, "--config", "migrate.config.ts"], { cwd: tool, env, ...opts });
const diff = ["migrate", "diff", "--from-migrations", ".tmp/migrations", "--to-schema-datamodel", ".tmp/schema.prisma"];

if (args[0] === "--check") {
  const r = run([...diff, "--exit-code"], { stdio: "inherit" });
  // migrate diff --exit-code: 0 no difference, 2 a difference, 1 an error.
  if (r.status === 2) console.error("prisma/schema.prisma has changes that no migration holds: npm run db:migration -- <name>");
  process.exit(r.status ?? 1);
}

// `migrate dev --create-only` fails here when it evaluates data loss on the shadow database; `migrate diff
// --script` from the migrations folder to the schema is Prisma's other way to write the same migration.
const name = (args.find((a) => !a.startsWith("--")) ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) throw new Error("usage: npm run db:migration -- <name> [--empty]");
let sql = "-- An empty migration, for SQL that the Prisma schema cannot express (CHECK constraints, data fixes).\n";
if (!args.includes("--empty")) {
  const r = run([...diff, "--script"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  sql = r.stdout;
  if (/^-- This is an empty migration\.\s*$/.test(sql.trim()) || sql.trim() === "") {
    console.log("The schema matches the migrations: nothing to write (use --empty for a hand-written one).");
    process.exit(0);
  }
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = join(import.meta.dirname, "..", "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
console.log(`wrote ${dir}/migration.sql`);
