// The benchmark's table, its verdicts against the aims of issue 3, and reports/bench.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { LoadFigures } from "./bench-load";
import type { SqlTiming } from "./bench-sql";

export interface TargetRow {
  name: string;
  path: string;
  kind: "floor" | "page" | "api";
  /** Status of a single request before the load; null when the target was not measured. */
  status: number | null;
  /** Where a repeated request was answered from: x-htx-cache (the response cache), else x-nextjs-cache. */
  cache?: string | null;
  /** Size of the response body. */
  bytes?: number;
  note?: string;
  figures?: LoadFigures;
}

export interface BenchReport {
  startedAt: string;
  /** The 1-minute load average before the run (Postgres and the build included) and after it. */
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverage: { before: number; after: number } };
  database: { url: string; term: string; counts: Record<string, number> };
  load: { tool: string; connections: number; durationSec: number; gzip: boolean };
  targets: (TargetRow & { p50VsFloor: number | null; floorVsRequests: number | null })[];
  sql: SqlTiming;
  server: { peakRssMb: number; processes: string[] };
  aims: { pagesWithin: number; apiP99Ms: number; verdicts: string[] };
}

export const AIMS = { pagesWithin: 1.5, apiP99Ms: 50 };
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);

/**
 * Adds each target's ratios to the floor: p50 ÷ floor's p50, and floor's req/s ÷ its req/s (both: × slower).
 * The floor is measured first and last; the ratios use the mean of the two, so a drift of the machine during
 * the run shows in the table instead of silently favouring or penalising the pages.
 */
export function withRatios(rows: TargetRow[]): BenchReport["targets"] {
  const floors = rows.filter((r) => r.kind === "floor" && r.figures).map((r) => r.figures!);
  const mean = (f: (x: LoadFigures) => number) => floors.reduce((s, x) => s + f(x), 0) / floors.length;
  const floor = floors.length ? { p50Ms: mean((x) => x.p50Ms), requestsPerSec: mean((x) => x.requestsPerSec) } : undefined;
  return rows.map((r) => ({
    ...r,
    p50VsFloor: floor && r.figures ? ratio(r.figures.p50Ms, floor.p50Ms) : null,
    floorVsRequests: floor && r.figures ? ratio(floor.requestsPerSec, r.figures.requestsPerSec) : null,
  }));
}

export function verdicts(targets: BenchReport["targets"]): string[] {
  const out: string[] = [];
  for (const t of targets) {
    if (!t.figures) out.push(`${t.name}: not measured (${t.note})`);
    else if (t.figures.non2xx > 0 || t.figures.errors > 0) out.push(`${t.name}: ${t.figures.non2xx} non-2xx answers, ${t.figures.errors} errors: figures not comparable`);
    else if (t.kind === "page") {
      const worst = Math.max(t.p50VsFloor ?? Infinity, t.floorVsRequests ?? Infinity);
      out.push(`${t.name}: ${worst <= AIMS.pagesWithin ? "meets" : "misses"} the aim (within ${AIMS.pagesWithin}× the static floor): ${worst}×`);
    } else if (t.kind === "api") {
      out.push(`${t.name}: ${t.figures.p99Ms < AIMS.apiP99Ms ? "meets" : "misses"} the aim (p99 < ${AIMS.apiP99Ms} ms): p99 ${t.figures.p99Ms} ms`);
    }
  }
  return out;
}

export function printReport(r: BenchReport): void {
  const head = ["target", "path", "req/s", "p50 ms", "p99 ms", "p50 ÷ floor", "floor ÷ req/s", "non-2xx", "KB", "MB/s", "cache"];
  const body = r.targets.map((t) => t.figures
    ? [t.name, t.path, t.figures.requestsPerSec, t.figures.p50Ms, t.figures.p99Ms, t.p50VsFloor ?? "–", t.floorVsRequests ?? "–",
        t.figures.non2xx, ((t.bytes ?? 0) / 1024).toFixed(1), t.figures.mbPerSec, t.cache ?? "–"].map(String)
    : [t.name, t.path, t.note ?? "not measured", ...head.slice(3).map(() => "")]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(`\n${r.load.tool}, ${r.load.connections} connections, ${r.load.durationSec} s per target, one after another${r.load.gzip ? ", gzip" : ""}; ` +
    `${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}`);
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of body) console.log(line(row));
  const busy = r.machine.loadAverage.before > r.machine.cpus / 2;
  if (busy) console.log(`\nThe machine was busy before the run (load average ${r.machine.loadAverage.before.toFixed(1)} on ${r.machine.cpus} cores): the figures are lower than a quiet machine's.`);
  const s = r.sql;
  console.log(`\nProgress query alone (${r.database.term}, ${s.rows} rows), ${s.runs} runs: p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, mean ${s.meanMs} ms;` +
    ` EXPLAIN ANALYZE: planning ${s.explain.planningMs} ms, execution ${s.explain.executionMs} ms, ${s.explain.sharedHitBlocks} buffers hit, ${s.explain.sharedReadBlocks} read`);
  console.log(`Server peak RSS: ${r.server.peakRssMb} MB (${r.server.processes.join(", ")})`);
  console.log(`\nAims:\n${r.aims.verdicts.map((v) => `  ${v}`).join("\n")}`);
}

export function writeReport(path: string, r: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
}
