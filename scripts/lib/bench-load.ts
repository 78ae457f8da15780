// One load run: N connections for D seconds against one URL, reduced to the figures the benchmark reports.
// Two load generators: wrk (C, one thread) when it is installed, else autocannon's programmatic API. On a
// two-core machine the load generator shares the cores with the server and Postgres; autocannon, in this
// Node process, takes most of a core for itself, wrk a fraction of one, so wrk's figures are nearer to what
// the server can do. The table says which one ran. Only one run at a time, so every target gets the same machine.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon, { type Instance } from "autocannon";

export type LoadTool = "wrk" | "autocannon";

export interface LoadFigures {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Response bytes per second, in MB. */
  mbPerSec: number;
  requests: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

interface LoadOptions {
  connections: number;
  duration: number;
  /** Ask for compressed answers as browsers do. */
  gzip?: boolean;
  tool: LoadTool;
}

let stopRunning: (() => void) | undefined;

/** Stops the run in progress (Ctrl-C); its promise then settles with what was measured so far. */
export function stopLoad(): void {
  stopRunning?.();
}

export function wrkInstalled(): boolean {
  return spawnSync("wrk", ["--version"], { stdio: "ignore" }).error === undefined;
}

export async function load(url: string, opts: LoadOptions): Promise<LoadFigures> {
  try {
    return opts.tool === "wrk" ? await loadWithWrk(url, opts) : await loadWithAutocannon(url, opts);
  } finally {
    stopRunning = undefined;
  }
}

async function loadWithAutocannon(url: string, opts: LoadOptions): Promise<LoadFigures> {
  const headers = opts.gzip ? { "accept-encoding": "gzip" } : undefined;
  const running: Instance = autocannon({ url, connections: opts.connections, duration: opts.duration, timeout: 30, headers });
  stopRunning = () => running.stop();
  const r = await running;
  return {
    requestsPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    meanMs: Math.round(r.latency.mean * 100) / 100,
    mbPerSec: Math.round(r.throughput.average / 1e5) / 10,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
  };
}

// wrk's own summary is for people; this script makes it print one line of JSON at the end. Latencies are in µs.
// summary.errors.status counts answers of 400 and above.
const WRK_REPORT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK-JSON {"requests":%d,"durationUs":%d,"bytes":%d,"status":%d,"errors":%d,"p50":%d,"p99":%d,"mean":%.1f}\\n',
    summary.requests, summary.duration, summary.bytes, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean))
end
`;

async function loadWithWrk(url: string, opts: LoadOptions): Promise<LoadFigures> {
  const dir = mkdtempSync(join(tmpdir(), "htx-bench-"));
  const script = join(dir, "report.lua");
  writeFileSync(script, WRK_REPORT);
  const args = ["-t1", `-c${opts.connections}`, `-d${opts.duration}s`, "--timeout", "30s", "-s", script];
  if (opts.gzip) args.push("-H", "Accept-Encoding: gzip");
  args.push(url);
  try {
    const out = await run(spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] }));
    const line = out.split("\n").find((l) => l.startsWith("WRK-JSON "));
    if (!line) throw new Error(`wrk printed no summary:\n${out}`);
    const w = JSON.parse(line.slice("WRK-JSON ".length)) as { requests: number; durationUs: number; bytes: number; status: number; errors: number; p50: number; p99: number; mean: number };
    const seconds = w.durationUs / 1e6;
    return {
      requestsPerSec: Math.round(w.requests / seconds),
      p50Ms: Math.round(w.p50 / 10) / 100,
      p99Ms: Math.round(w.p99 / 10) / 100,
      meanMs: Math.round(w.mean / 10) / 100,
      mbPerSec: Math.round(w.bytes / seconds / 1e5) / 10,
      requests: w.requests,
      non2xx: w.status,
      errors: w.errors,
      statusCodes: {},
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(child: ChildProcess): Promise<string> {
  // SIGINT makes wrk stop early and still print its summary.
  stopRunning = () => child.kill("SIGINT");
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => (code === 0 || signal === "SIGINT" ? resolve(out) : reject(new Error(`wrk exited with ${code ?? signal}`))));
  });
}
