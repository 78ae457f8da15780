// What npm run db:backup and db:restore share (docs/decisions/0014-backup-and-restore.md).
// A backup is one plain-SQL Postgres dump made with INSERT statements (not COPY), without owners or grants, so
// that psql, the `pg` driver and PGlite alike can run it, and any Postgres 15 or newer can restore it.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import pg from "pg";

/** pg_dump options of every backup, the server's pg_dump and PGlite's WebAssembly one alike. */
export const DUMP_ARGS = ["--no-owner", "--no-privileges", "--column-inserts", "--rows-per-insert=500"];

/** Where the embedded database lives when DATABASE_URL is unset (as scripts/start.ts decides). */
export function embeddedDataDir(): string {
  return process.env.HTX_DATA_DIR ?? join(import.meta.dirname, "..", "..", ".data", "pglite");
}

/** backups/htx-YYYYMMDD-HHMMSS.sql (UTC), beside package.json. */
export function defaultBackupFile(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return join(import.meta.dirname, "..", "..", "backups", `htx-${stamp}.sql`);
}

// scripts/lib/embedded-db-server.mjs keeps a pid file beside the data directory while it serves it; a backup or a
// restore that opens the directory itself takes the same file, so the two never open it at once.
const pidFileOf = (dataDir: string) => join(dirname(dataDir), `${basename(dataDir)}.pid`);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The process serving the embedded database in dataDir, if one is running. */
export function embeddedDbUser(dataDir: string): number | null {
  const file = pidFileOf(dataDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8"));
  return pid && pid !== process.pid && alive(pid) ? pid : null;
}

/** Runs fn while holding the embedded database's pid file; refuses (returns the holder's pid) if it is in use. */
export async function withEmbeddedDataDir<T>(dataDir: string, fn: () => Promise<T>): Promise<{ busy: number } | { result: T }> {
  const busy = embeddedDbUser(dataDir);
  if (busy) return { busy };
  writeFileSync(pidFileOf(dataDir), String(process.pid));
  try {
    return { result: await fn() };
  } finally {
    rmSync(pidFileOf(dataDir), { force: true });
  }
}

/** Makes a dump runnable by the `pg` driver and by Postgres 15/16 (pg_dump 17+ sets transaction_timeout). */
export function portableDump(sql: string): string {
  return sql
    .replace(/^\\(?:un)?restrict\b.*\r?\n?/gm, "") // psql meta-commands of pg_dump ≥ 15.14; psql-only
    .replace(/^SET transaction_timeout = 0;\r?\n/m, "") // 0 is the default; Postgres < 17 does not know it
    .replace(/^(CREATE COLLATION [^\n]*\brules = [^\n]*);$/gm, collationWhereRulesWork);
}

/**
 * The embedded database's Vietnamese order is a collation tailored with ICU rules (decision 0044), which Postgres
 * learnt in 16: on an older server the statement is skipped (nothing uses the collation but an ORDER BY that
 * falls back to "vi-x-icu" or "und-x-icu").
 */
function collationWhereRulesWork(_line: string, statement: string): string {
  return `DO $restore$ BEGIN IF current_setting('server_version_num')::int >= 160000 THEN EXECUTE $sql$${statement}$sql$; END IF; END $restore$;`;
}

export function header(source: string, now = new Date()): string {
  return `-- HTX Dashboard backup of ${source}, ${now.toISOString()}, made by npm run db:backup.\n` +
    `-- Restore into an empty database: npm run db:restore FILE (or psql -v ON_ERROR_STOP=1 --single-transaction -f FILE).\n` +
    `-- It holds the users' password hashes: keep it where only administrators can read it.\n`;
}

/** The server's pg_dump, as plain SQL text. Rejects with pg_dump's own message (or a hint when it is missing). */
export function dumpServer(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // The password goes in the environment, not on the command line, where `ps` shows it to every local user.
    const u = new URL(url);
    const password = decodeURIComponent(u.password);
    u.password = "";
    const env = password ? { ...process.env, PGPASSWORD: password } : process.env;
    const child = spawn("pg_dump", [...DUMP_ARGS, "--dbname", u.toString()], { env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => (err += d));
    child.once("error", (e: NodeJS.ErrnoException) =>
      reject(e.code === "ENOENT" ? new Error("pg_dump is not installed: install the PostgreSQL client tools (Debian: apt-get install postgresql-client), version 15 or newer and at least the server's.") : e));
    child.once("close", (code) => (code === 0 ? resolve(Buffer.concat(out).toString("utf8")) : reject(new Error(err.trim() || `pg_dump exited with code ${code}`))));
  });
}

/** PGlite's WebAssembly pg_dump on the data directory, opened here: the caller holds the directory. */
export async function dumpEmbedded(dataDir: string): Promise<string> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pgDump } = await import("@electric-sql/pglite-tools/pg_dump");
  const db = await PGlite.create(dataDir);
  try {
    const file = await pgDump({ pg: db, args: DUMP_ARGS });
    return await file.text();
  } finally {
    await db.close();
  }
}

/** Anything in the database's own schemas (tables, sequences, views, types): a restore wants none. */
export const OBJECTS_SQL = `
  SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
            AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%')
       + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE t.typtype IN ('e', 'd', 'r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%')
       AS objects`;

/** A dump this restore can run: made with INSERTs. A COPY dump needs psql. */
export function refuseCopyDump(sql: string): string | null {
  return /^COPY .* FROM stdin;$/m.test(sql)
    ? "the file holds COPY … FROM stdin blocks (a pg_dump without --inserts): restore it with psql -v ON_ERROR_STOP=1 --single-transaction -f FILE"
    : null;
}

/** Restores into a server database over `pg`, in one transaction: all of it or nothing. */
export async function restoreServer(url: string, sql: string): Promise<{ refused: string } | { restored: true }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ objects: string }>(OBJECTS_SQL);
    if (Number(rows[0].objects) > 0) return { refused: `it already holds ${rows[0].objects} tables, sequences or types` };
    await client.query("BEGIN");
    try {
      await client.query(sql);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    }
    return { restored: true };
  } finally {
    await client.end();
  }
}

/** Restores into the embedded database's data directory (made when missing), opened here. */
export async function restoreEmbedded(dataDir: string, sql: string): Promise<{ refused: string } | { restored: true }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(dataDir);
  try {
    const { rows } = await db.query<{ objects: string }>(OBJECTS_SQL);
    if (Number(rows[0].objects) > 0) return { refused: `it already holds ${rows[0].objects} tables, sequences or types` };
    await db.transaction(async (tx) => {
      await tx.exec(sql);
    });
    return { restored: true };
  } finally {
    await db.close();
  }
}
