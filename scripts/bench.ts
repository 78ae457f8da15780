// npm run bench: the production build on the synthetic country, under one load for every target.
// Builds if needed; ensures the synthetic database (htx_synthetic on 127.0.0.1:5432, or BENCH_DATABASE_URL;
// created and loaded when missing); times the progress query alone in Postgres; starts the production server (server/main.ts) on a free
// port; warms up; then runs autocannon against a static file (the floor), `/`, a province page, the progress
// API of its running term, and the static file again, one after another. Prints the table and writes reports/bench.json.
// Ctrl-C stops the load, the server and the database connection.
//   --duration S  seconds per target (10)   --connections N (50)   --province SLUG (thai-nguyen)
//   --scale N     scale of a synthetic database it has to create (1)   --build  rebuild even if up to date
//   --gzip        send Accept-Encoding: gzip as browsers do (off by default: measures the server, not zlib)
//   --tool wrk|autocannon   the load generator (wrk when installed: it leaves more of the cores to the server)
//   --instances 2  two app processes behind nginx, each target beside nginx serving its bytes from a file, and
//                  the first read after an approval (scripts/lib/bench-instances.ts)   --rounds N  of those (3)
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { z } from "zod";
import { MixedDataError } from "@/prisma/seed/guard";
import { benchInstances } from "./lib/bench-instances";
import { load, stopLoad, wrkInstalled } from "./lib/bench-load";
import { AIMS, printReport, verdicts, withRatios, writeReport, type BenchReport, type TargetRow } from "./lib/bench-report";
import { freePort, startServer, type BenchServer } from "./lib/bench-server";
import { runningTerm, timeProgressQuery } from "./lib/bench-sql";
import { clearRuntimeCaches, ensureBuild } from "./lib/next-build";
import { parseCli, scaleSchema } from "./lib/synthetic-args";
import { ensureSyntheticDb, syntheticDbUrl } from "./lib/synthetic-db";

const root = join(import.meta.dirname, "..");
const args = parseCli(
  { duration: { type: "string" }, connections: { type: "string" }, province: { type: "string" }, scale: { type: "string" }, build: { type: "boolean" }, gzip: { type: "boolean" }, tool: { type: "string" }, instances: { type: "string" }, rounds: { type: "string" } },
  z.object({
    duration: z.coerce.number().int().min(1).max(600).default(10),
    connections: z.coerce.number().int().min(1).max(1000).default(50),
    province: z.string().regex(/^[a-z0-9-]+$/, "must be a province slug, e.g. thai-nguyen").default("thai-nguyen"),
    scale: scaleSchema,
    build: z.boolean().default(false),
    gzip: z.boolean().default(false),
    tool: z.enum(["wrk", "autocannon"], { message: "must be wrk or autocannon" }).optional(),
    instances: z.coerce.number().int().min(1).max(2).default(1),
    rounds: z.coerce.number().int().min(1).max(20).default(3),
  }),
  "bench",
);

const cleanups: (() => Promise<void> | void)[] = [];
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  stopLoad();
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch((e) => console.error(e));
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));

/**
 * Follows redirects ("/" → "/vi") so the load measures the page itself; returns the final path, its status and
 * where a second request came from (x-htx-cache: HIT from the response cache, else Next's x-nextjs-cache) and its size.
 */
async function probe(origin: string, path: string): Promise<{ path: string; status: number; cache: string | null; bytes: number }> {
  for (let hop = 0; hop < 3; hop++) {
    const res = await fetch(origin + path, { redirect: "manual" });
    await res.arrayBuffer();
    const next = res.headers.get("location");
    if (res.status < 300 || res.status >= 400 || !next) {
      const again = await fetch(origin + path, { redirect: "manual" });
      const bytes = (await again.arrayBuffer()).byteLength;
      return { path, status: res.status, cache: again.headers.get("x-htx-cache") ?? again.headers.get("x-nextjs-cache"), bytes };
    }
    const u = new URL(next, origin);
    path = u.pathname + u.search;
  }
  return { path, status: 310, cache: null, bytes: 0 };
}

async function main() {
  const startedAt = new Date().toISOString();
  const hasWrk = wrkInstalled();
  if (args.tool === "wrk" && !hasWrk) throw new Error("wrk is not installed (Debian: apt-get install wrk); leave out --tool to use autocannon");
  const tool = args.tool ?? (hasWrk ? "wrk" : "autocannon");
  const loadBefore = loadavg()[0];
  const dbUrl = process.env.BENCH_DATABASE_URL ?? syntheticDbUrl();
  await ensureSyntheticDb(dbUrl, { scale: args.scale, log: console.log });
  ensureBuild(root, { force: args.build });

  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  cleanups.push(() => client.end());
  const term = await runningTerm(client, args.province);
  if (!term) throw new Error(`${args.province} has no term in ${dbUrl}`);
  const years = `${term.startYear}-${term.endYear}`;
  const { rows: [counts] } = await client.query(`SELECT (SELECT count(*) FROM "RegisterUnit")::int AS units,
    (SELECT count(*) FROM "YearlyReport")::int AS reports, (SELECT count(*) FROM "ReportValue")::int AS "values",
    (SELECT count(*) FROM "Target")::int AS targets`);
  console.log(`Timing the progress query of ${args.province} ${years} in Postgres …`);
  const sql = await timeProgressQuery(client, term);

  clearRuntimeCaches(root); // pages cached while serving another database (the demo, a test run)
  if (args.instances === 2) {
    const progressPath = `/api/v1/provinces/${args.province}/terms/${years}/progress`;
    return benchInstances({ root, dbUrl, province: args.province, progressPath, tool, duration: args.duration, connections: args.connections, gzip: args.gzip, rounds: args.rounds });
  }
  const port = await freePort();
  console.log(`Starting the server on port ${port} …`);
  const server: BenchServer = await startServer({ root, databaseUrl: dbUrl, port, logFile: join(root, "reports", "bench-server.log") });
  cleanups.push(() => server.stop());

  const rows: TargetRow[] = [
    { name: "static file (floor)", path: "/bench-floor.txt", kind: "floor", status: null },
    { name: "home page", path: "/", kind: "page", status: null },
    { name: "province page", path: `/tinh/${args.province}`, kind: "page", status: null },
    { name: "progress API", path: `/api/v1/provinces/${args.province}/terms/${years}/progress`, kind: "api", status: null },
    { name: "static file (again)", path: "/bench-floor.txt", kind: "floor", status: null },
  ];
  const urls = new Map<TargetRow, string>();
  for (const r of rows) {
    const p = await probe(server.origin, r.path);
    r.status = p.status;
    r.cache = p.cache;
    r.bytes = p.bytes;
    if (p.path !== r.path) r.path = `${r.path} → ${p.path}`;
    if (p.status === 404) r.note = r.kind === "api" ? "404: not implemented yet" : "404: not found";
    else urls.set(r, server.origin + p.path);
  }
  console.log("Warming up …");
  for (const url of new Set(urls.values())) await load(url, { connections: 10, duration: 3, gzip: args.gzip, tool });
  for (const [r, url] of urls) {
    if (stopping) return;
    console.log(`Measuring ${r.name} (${r.path}) for ${args.duration} s …`);
    r.figures = await load(url, { ...args, tool });
  }

  const targets = withRatios(rows);
  const u = new URL(dbUrl);
  u.password = "";
  const report: BenchReport = {
    startedAt,
    machine: {
      cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "?", memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version,
      loadAverage: { before: loadBefore, after: loadavg()[0] },
    },
    database: { url: u.toString(), term: `${args.province} ${years}`, counts },
    load: { tool, connections: args.connections, durationSec: args.duration, gzip: args.gzip },
    targets,
    sql,
    server: server.memory(),
    aims: { ...AIMS, verdicts: verdicts(targets) },
  };
  printReport(report);
  const out = join(root, "reports", "bench.json");
  writeReport(out, report);
  console.log(`\nWritten to ${out}`);
}

try {
  await main();
  await shutdown(0);
} catch (err) {
  if (err instanceof MixedDataError) console.error(`bench refused: ${err.message}`);
  else console.error(`bench failed: ${(err as Error).stack ?? err}`);
  await shutdown(err instanceof MixedDataError ? 2 : 1);
}
