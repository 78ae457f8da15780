// npm run db:restore FILE: loads a backup of npm run db:backup into an EMPTY database, in one transaction.
// - DATABASE_URL set: that database (make it first: createdb htx_restored). Refused if it holds any table.
// - DATABASE_URL unset: the embedded database's data directory (.data/pglite, or HTX_DATA_DIR), made when
//   missing; refused if it holds any table, or while npm start serves it.
// The file runs through the `pg` driver (or PGlite), not psql: the same on every machine, no client tools needed.
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { embeddedDataDir, portableDump, refuseCopyDump, restoreEmbedded, restoreServer, withEmbeddedDataDir } from "./lib/backup";
import { pendingMigrations } from "./lib/pending-migrations";

const stop = (code: number, message: string): never => {
  console.error(message);
  process.exit(code);
};

let positionals: string[] = [];
try {
  positionals = parseArgs({ allowPositionals: true, strict: true, options: {} }).positionals;
} catch (err) {
  stop(2, `db:restore: ${(err as Error).message}`);
}
if (positionals.length !== 1) stop(2, "db:restore: name one backup file: npm run db:restore backups/htx-YYYYMMDD-HHMMSS.sql");
const file = resolve(process.env.INIT_CWD ?? ".", positionals[0]); // relative to where the user typed npm run
let sql = "";
try {
  sql = portableDump(readFileSync(file, "utf8"));
} catch (err) {
  stop(2, `db:restore: cannot read ${file}: ${(err as Error).message}`);
}
const copy = refuseCopyDump(sql);
if (copy) stop(2, `db:restore: ${copy}`);

const server = process.env.DATABASE_URL;
const target = server ? `the database ${new URL(server).pathname.slice(1)} on ${new URL(server).host}` : `the embedded database in ${embeddedDataDir()}`;
const emptyHint = server
  ? "Restore into a new, empty database: createdb htx_restored, then DATABASE_URL=postgresql://…/htx_restored npm run db:restore FILE."
  : "Restore into a new data directory: HTX_DATA_DIR=.data/pglite-restored npm run db:restore FILE, then start with that HTX_DATA_DIR.";

let outcome: { refused: string } | { restored: true };
try {
  if (server) outcome = await restoreServer(server, sql);
  else {
    const dataDir = embeddedDataDir();
    const held = await withEmbeddedDataDir(dataDir, () => restoreEmbedded(dataDir, sql));
    if ("busy" in held) stop(2, `db:restore: the embedded database in ${dataDir} is in use by process ${held.busy} (npm start). Stop it first.`);
    outcome = (held as { result: typeof outcome }).result;
  }
} catch (err) {
  stop(1, `db:restore failed, nothing was restored: ${(err as Error).message}`);
}
if ("refused" in outcome!) stop(2, `db:restore refused: ${target} is not empty (${outcome.refused}).\n${emptyHint}`);
console.log(`Restored ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB) into ${target}.`);
if (server) {
  const pending = await pendingMigrations(server);
  if (pending.length) console.log(`The backup is older than this version of the app: run npm run db:migrate (${pending.length} migration(s) to apply).`);
}
