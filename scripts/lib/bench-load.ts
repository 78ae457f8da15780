// One load run with autocannon's programmatic API: N connections for D seconds against one URL, reduced to
// the figures the benchmark reports. Only one run at a time, so that every target gets the same machine.
import autocannon, { type Instance } from "autocannon";

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

let running: Instance | undefined;

/** Stops the run in progress (Ctrl-C); its promise then settles with what was measured so far. */
export function stopLoad(): void {
  running?.stop();
}

/** gzip: ask for compressed answers as browsers do (Next then compresses every response on the fly). */
export async function load(url: string, opts: { connections: number; duration: number; gzip?: boolean }): Promise<LoadFigures> {
  const headers = opts.gzip ? { "accept-encoding": "gzip" } : undefined;
  running = autocannon({ url, connections: opts.connections, duration: opts.duration, timeout: 30, headers });
  try {
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
  } finally {
    running = undefined;
  }
}
