// npm run db:backup: one file, a plain-SQL Postgres dump of the database, that npm run db:restore (or psql)
// loads into an empty database. Default file: backups/htx-YYYYMMDD-HHMMSS.sql (UTC); `-- --out FILE` chooses.
// - DATABASE_URL set: the server's pg_dump (PostgreSQL client tools, at least the server's version).
// - DATABASE_URL unset: the embedded database (.data/pglite, or HTX_DATA_DIR), with PGlite's WebAssembly
//   pg_dump. It opens the data directory itself, so it refuses while npm start serves it (stop it first).
// docs/decisions/0014-backup-and-restore.md says why.
import { mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import { defaultBackupFile, dumpEmbedded, dumpServer, embeddedDataDir, header, portableDump, withEmbeddedDataDir } from "./lib/backup";
import { parseCli } from "./lib/synthetic-args";

const args = parseCli({ out: { type: "string" } }, z.object({ out: z.string().min(1).optional() }), "db:backup");
// npm runs scripts in the project folder; a relative FILE means one relative to where the user typed the command.
const out = args.out ? resolve(process.env.INIT_CWD ?? ".", args.out) : defaultBackupFile();
const server = process.env.DATABASE_URL;

let sql: string;
let source: string;
if (server) {
  source = `the database ${new URL(server).pathname.slice(1)} on ${new URL(server).host}`;
  try {
    sql = await dumpServer(server);
  } catch (err) {
    console.error(`db:backup failed: ${(err as Error).message}`);
    process.exit(1);
  }
} else {
  const dataDir = embeddedDataDir();
  source = `the embedded database in ${dataDir}`;
  let held;
  try {
    statSync(`${dataDir}/PG_VERSION`);
    held = await withEmbeddedDataDir(dataDir, () => dumpEmbedded(dataDir));
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    console.error(missing ? `db:backup: there is no embedded database in ${dataDir} (npm start makes it), and DATABASE_URL is not set.` : `db:backup failed: ${(err as Error).message}`);
    process.exit(1);
  }
  if ("busy" in held) {
    console.error(`db:backup: the embedded database in ${dataDir} is in use by process ${held.busy} (npm start).\n` +
      "Stop it (Ctrl-C), run npm run db:backup, then start it again: a backup of a running embedded database could be torn.");
    process.exit(2);
  }
  sql = held.result;
}

// Written beside its final name and renamed when complete: a file with the final name is always whole.
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.partial`, header(source) + portableDump(sql), { mode: 0o600 });
renameSync(`${out}.partial`, out);
console.log(`Backed up ${source} to ${out} (${(statSync(out).size / 1e6).toFixed(1)} MB).`);
