// `npm run bench -- --instances 2`: two production servers on one database, nginx in front of them
// (deploy/htx.conf, scripts/lib/nginx.ts) when it is installed, and beside every target nginx serving a static
// copy of the same bytes: the physical floor on this machine, in the same run. Then "the first read after an
// approval": a report reopened, submitted and approved through the API of one instance, and the affected
// province page read at once from the other, timed. Writes reports/bench-instances.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { load, type LoadFigures, type LoadTool } from "./bench-load";
import { freePort, startServer, type BenchServer } from "./bench-server";
import { nginxBinary, startNginx, type Nginx } from "./nginx";

const SECRET = "bench-instances-secret-of-at-least-thirty-two-chars";
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);

interface Target { name: string; path: string; file: string; bytes?: number; floor?: LoadFigures; app?: LoadFigures; viaNginx?: LoadFigures }
interface FirstRead { step: "reopen" | "approve"; ms: number; cache: string | null; changed: boolean }

/** Two ADMIN accounts that cannot sign in (no valid hash): the approval needs two people (four-eyes). */
async function benchAdmins(client: pg.Client): Promise<{ id: number; sv: number }[]> {
  const out = [];
  for (const n of [1, 2]) {
    const { rows: [u] } = await client.query<{ id: number; sv: number }>(
      `INSERT INTO "User" (email, name, "passwordHash", role) VALUES ($1, $2, '!', 'ADMIN')
       ON CONFLICT (email) DO UPDATE SET disabled = false RETURNING id, "sessionVersion" AS sv`,
      [`bench-admin-${n}@bench.invalid`, `Bench admin ${n}`]);
    out.push(u);
  }
  return out;
}

async function cookie(user: { id: number; sv: number }): Promise<string> {
  const { encode } = await import("next-auth/jwt");
  return `next-auth.session-token=${await encode({ token: { uid: user.id, sv: user.sv }, secret: SECRET })}`;
}

async function post(origin: string, path: string, cookieHeader: string, body: unknown): Promise<void> {
  const res = await fetch(origin + path, { method: "POST", headers: { cookie: cookieHeader, "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
}

async function timedGet(url: string): Promise<{ ms: number; body: string; cache: string | null }> {
  const start = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
  return { ms: Math.round((performance.now() - start) * 10) / 10, body, cache: res.headers.get("x-htx-cache") };
}

/** Reopen, submit, approve through instance A; each time the page read first from instance B, after priming it. */
async function firstReads(a: string, b: string, client: pg.Client, slug: string, rounds: number): Promise<{ year: number; reads: FirstRead[] }> {
  const { rows: [r] } = await client.query<{ year: number | null }>(
    `SELECT max(r.year) AS year FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.status = 'APPROVED'`, [slug]);
  if (!r?.year) throw new Error(`${slug} has no approved report to reopen`);
  const [first, second] = await Promise.all((await benchAdmins(client)).map(cookie));
  const api = `/api/v1/provinces/${slug}/reports/${r.year}`;
  const page = `${b}/tinh/${slug}`;
  const reads: FirstRead[] = [];
  const after = async (step: FirstRead["step"], change: () => Promise<void>) => {
    await timedGet(page);
    const primed = await timedGet(page);
    await change();
    const read = await timedGet(page);
    reads.push({ step, ms: read.ms, cache: read.cache, changed: read.body !== primed.body });
  };
  for (let i = 0; i < rounds; i++) {
    await after("reopen", () => post(a, `${api}/reopen`, first, { comment: "bench: first read after a change" }));
    await post(a, `${api}/submit`, first, { confirmGaps: true });
    await after("approve", () => post(a, `${api}/approve`, second, {}));
  }
  return { year: r.year, reads };
}

export async function benchInstances(opts: {
  root: string; dbUrl: string; province: string; progressPath: string; tool: LoadTool; duration: number; connections: number; gzip: boolean; rounds: number;
}): Promise<void> {
  const startedAt = new Date().toISOString();
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async () => { for (const s of stops.reverse()) await Promise.resolve(s()).catch((e) => console.error(e)); };
  process.once("SIGINT", () => void stopAll().finally(() => process.exit(130)));
  try {
    const dir = mkdtempSync(join(tmpdir(), "htx-bench-copies-"));
    stops.push(() => rmSync(dir, { recursive: true, force: true }));
    const ports = [await freePort(), await freePort()];
    const servers: BenchServer[] = [];
    for (const port of ports) {
      console.log(`Starting an app process on port ${port} …`);
      const s = await startServer({ root: opts.root, databaseUrl: opts.dbUrl, port, logFile: join(opts.root, "reports", `bench-server-${port}.log`), env: { NEXTAUTH_SECRET: SECRET, TRUST_PROXY_HOPS: "1", LOG_LEVEL: process.env.LOG_LEVEL ?? "info" } });
      stops.push(() => s.stop());
      servers.push(s);
    }
    let nginx: Nginx | null = null;
    const staticPort = await freePort();
    if (nginxBinary()) {
      nginx = await startNginx(opts.root, { port: await freePort(), upstreams: ports, staticDir: dir, staticPort });
      stops.push(() => nginx!.stop());
      console.log(`nginx in front of both (deploy/htx.conf) at ${nginx.origin}; static copies at ${nginx.staticOrigin}`);
    } else {
      console.log("nginx is not installed (apt-get install nginx): measuring the app processes directly, with no static floor.");
    }
    const targets: Target[] = [
      { name: "home page", path: "/", file: "home.html" },
      { name: "province page", path: `/tinh/${opts.province}`, file: "province.html" },
      { name: "progress API", path: opts.progressPath, file: "progress.json" },
    ];
    for (const t of targets) {
      const { body } = await timedGet(servers[0].origin + t.path);
      writeFileSync(join(dir, t.file), body);
      t.bytes = Buffer.byteLength(body);
    }
    const urls = (t: Target) => ({ floor: nginx ? `${nginx.staticOrigin}/${t.file}` : null, app: servers[0].origin + t.path, viaNginx: nginx ? nginx.origin + t.path : null });
    console.log("Warming up …");
    for (const t of targets) for (const url of Object.values(urls(t))) if (url) await load(url, { connections: 10, duration: 3, gzip: opts.gzip, tool: opts.tool });
    for (const t of targets) {
      for (const [kind, url] of Object.entries(urls(t)) as [keyof ReturnType<typeof urls>, string | null][]) {
        if (!url) continue;
        console.log(`Measuring ${t.name}: ${kind} for ${opts.duration} s …`);
        t[kind] = await load(url, { connections: opts.connections, duration: opts.duration, gzip: opts.gzip, tool: opts.tool });
      }
    }
    console.log(`Timing the first read after a change, ${opts.rounds} rounds …`);
    const client = new pg.Client({ connectionString: opts.dbUrl });
    await client.connect();
    stops.push(() => client.end());
    const first = await firstReads(servers[0].origin, servers[1].origin, client, opts.province, opts.rounds);
    print(opts, targets, first, !!nginx);
    const report = {
      startedAt, load: { tool: opts.tool, connections: opts.connections, durationSec: opts.duration, gzip: opts.gzip },
      nginx: !!nginx, targets, firstReadAfterChange: first, servers: servers.map((s) => s.memory()),
    };
    mkdirSync(join(opts.root, "reports"), { recursive: true });
    writeFileSync(join(opts.root, "reports", "bench-instances.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.log("\nWritten to reports/bench-instances.json");
  } finally {
    await stopAll();
  }
}

function print(opts: { tool: string; connections: number; duration: number }, targets: Target[], first: { year: number; reads: FirstRead[] }, withNginx: boolean): void {
  const f = (x?: LoadFigures) => (x ? `${x.requestsPerSec} req/s, p99 ${x.p99Ms} ms${x.non2xx || x.errors ? ` (${x.non2xx} non-2xx, ${x.errors} errors)` : ""}` : "–");
  console.log(`\n${opts.tool}, ${opts.connections} connections, ${opts.duration} s each; ratios are req/s ÷ nginx serving the same bytes from a file`);
  for (const t of targets) {
    console.log(`\n${t.name} (${t.path}, ${((t.bytes ?? 0) / 1024).toFixed(1)} KB)`);
    if (withNginx) console.log(`  nginx, static copy (floor)  ${f(t.floor)}`);
    console.log(`  app process, direct         ${f(t.app)}${t.floor && t.app ? `   ${ratio(t.app.requestsPerSec, t.floor.requestsPerSec)}× the floor` : ""}`);
    if (withNginx) console.log(`  through nginx (micro-cache) ${f(t.viaNginx)}${t.floor && t.viaNginx ? `   ${ratio(t.viaNginx.requestsPerSec, t.floor.requestsPerSec)}× the floor` : ""}`);
  }
  console.log(`\nFirst read of /tinh/… on the other instance right after a change of its ${first.year} report through the API:`);
  for (const step of ["reopen", "approve"] as const) {
    const rs = first.reads.filter((r) => r.step === step);
    const ms = rs.map((r) => r.ms).sort((x, y) => x - y);
    console.log(`  after ${step}: ${ms.join(", ")} ms (max ${ms.at(-1)}); page changed: ${rs.map((r) => (r.changed ? "yes" : "NO")).join(", ")}; cache: ${rs.map((r) => r.cache ?? "-").join(", ")}`);
  }
}
