// The production server under test: the production server (server/main.ts) on a free loopback port, in a process group of its own so
// that stopping it stops everything it spawned, with its peak memory read from /proc while it runs.
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname } from "node:path";
import { productionServerArgs } from "./server-command";
import { waitUntilAnswers } from "./wait-until-answers";

export interface BenchServer {
  origin: string;
  pid: number;
  /** Peak resident memory (VmHWM) of the server's processes, summed, in MB; and their names. */
  memory(): { peakRssMb: number; processes: string[] };
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const status = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null; // exited
  }
};
const field = (text: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0);

/** The process's command line ("node --import tsx …/server/main.ts -p …"): /proc's Name field would say only "node". */
const command = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim().slice(0, 60);
  } catch {
    return "?";
  }
};

/** The pid and all its descendants, from /proc (Linux only; elsewhere just the pid). */
function tree(root: number): number[] {
  const parent = new Map<number, number>();
  try {
    for (const d of readdirSync("/proc")) {
      if (!/^\d+$/.test(d)) continue;
      const s = status(Number(d));
      if (s) parent.set(Number(d), field(s, "PPid"));
    }
  } catch {
    return [root];
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, pp] of parent) if (pp === out[i]) out.push(pid);
  return out;
}

export async function startServer(opts: { root: string; databaseUrl: string; port: number; logFile: string; env?: Record<string, string> }): Promise<BenchServer> {
  // The server's output goes to a file: a failing page under load would otherwise bury the benchmark's table.
  mkdirSync(dirname(opts.logFile), { recursive: true });
  const log = openSync(opts.logFile, "w");
  const child = spawn(process.execPath, productionServerArgs(opts.root, { port: opts.port, hostname: "127.0.0.1" }), {
    cwd: opts.root,
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: opts.databaseUrl, DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "10", ...opts.env },
  });
  closeSync(log);
  const pid = child.pid!;
  const peak = new Map<number, { name: string; hwmKb: number }>();
  const sample = () => {
    for (const p of tree(pid)) {
      const s = status(p);
      if (s) peak.set(p, { name: command(p), hwmKb: Math.max(peak.get(p)?.hwmKb ?? 0, field(s, "VmHWM")) });
    }
  };
  // VmHWM is already a peak; sampling only has to catch every process of the tree before it exits.
  const sampler = setInterval(sample, 250);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    clearInterval(sampler);
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const killer = setTimeout(() => { try { process.kill(-pid, "SIGKILL"); } catch { /* gone */ } }, 5_000);
    await exited;
    clearTimeout(killer);
  };

  const origin = `http://127.0.0.1:${opts.port}`;
  const exitedWhy = () => (child.exitCode === null ? null : `the server exited with code ${child.exitCode} (see ${opts.logFile})`);
  await waitUntilAnswers(`${origin}/bench-floor.txt`, { what: "the server", seconds: 60, exited: exitedWhy, stop });
  sample();
  return {
    origin,
    pid,
    memory() {
      sample();
      const all = [...peak.values()];
      return { peakRssMb: Math.round(all.reduce((s, p) => s + p.hwmKb, 0) / 1024), processes: all.map((p) => p.name) };
    },
    stop,
  };
}
