// Child process: serves a PGlite database (Postgres compiled to WebAssembly) over TCP so that the app, the
// migration runner and the seed connect to it like any Postgres. It runs apart from its parent because the
// server needs an event loop of its own. Started by scripts/lib/embedded-db.ts.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { serializeExtendedProtocol } from "./extended-protocol-queue.mjs";

const dataDir = process.env.HTX_EMBEDDED_DIR;
const port = Number(process.env.HTX_EMBEDDED_PORT ?? 0);
const send = (msg) => (process.send ? process.send(msg) : console.log(JSON.stringify(msg)));

// Two servers on one data directory would corrupt it: keep a pid file beside it.
const pidFile = join(dirname(dataDir), `${dataDir.split("/").pop()}.pid`);
function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}
mkdirSync(dataDir, { recursive: true });
if (existsSync(pidFile)) {
  const other = Number(readFileSync(pidFile, "utf8"));
  if (other && other !== process.pid && alive(other)) {
    send({ error: `The embedded database in ${dataDir} is in use by process ${other}. Stop it first.` });
    process.exit(1);
  }
}
writeFileSync(pidFile, String(process.pid));

const db = await PGlite.create(dataDir);
// Room for one app process with mail (its pool's 6, the generation watch's 2, the mail worker's 2) and a script
// beside it (a backup, a migration): a connection here is only a socket, the queries share PGlite's one session.
const MAX_CONNECTIONS = 16;
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: MAX_CONNECTIONS });
try {
  serializeExtendedProtocol(server.queryQueue);
} catch (err) {
  // Another pglite-socket version than the patch was written for: say so rather than serve mixed-up queries.
  rmSync(pidFile, { force: true });
  send({ error: err.message });
  process.exit(1);
}
await server.start();
const [, actualPort] = server.getServerConn().split(":");
send({ ready: true, port: Number(actualPort) });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  try {
    await server.stop();
    await db.close(); // flushes to disk
  } finally {
    rmSync(pidFile, { force: true });
    process.exit(0);
  }
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("disconnect", stop); // the parent died: do not linger
