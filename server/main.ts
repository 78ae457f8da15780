// The production server: Next.js behind the response cache (server/response-cache.ts). `npm start`, the
// end-to-end tests and `npm run bench` all run this, never bare `next start`, so what is measured and tested is
// what is served. Run as `node --import tsx server/main.ts [-p PORT] [-H HOST]` from the project's root.
//   HTX_RESPONSE_CACHE_MB  bodies the cache may keep (default 128; 0 turns it off)
//   HTX_GENERATION_POLL_MS how often the published generation is read besides LISTEN (default 1000; decision 0016)
//   TRUST_PROXY_HOPS       reverse proxies in front whose X-Forwarded-For to believe (default 0; server/client-address.ts)
//   PUBLIC_URL             the address users open (https:// makes cookies Secure and adds HSTS; server/edge.ts)
//   LOG_LEVEL, LOG_DESTINATION  the request log, one JSON line per request (server/request-log.ts)
import { createServer, type IncomingMessage } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { RESPONSE_CACHE_KEY } from "../lib/cache/response-cache-key";
import { stampClientAddress, trustProxyHops } from "./client-address";
import { createEdge } from "./edge";
import { GenerationWatch } from "./generation-watch";
import { publicPathKind } from "./public-paths";
import { createLogger, logRequest } from "./request-log";
import { ResponseCache } from "./response-cache";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? undefined;
const cacheMb = Number(process.env.HTX_RESPONSE_CACHE_MB ?? 128);
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`not a port: ${values.port ?? process.env.PORT}`);
if (!Number.isFinite(cacheMb) || cacheMb < 0) throw new Error(`HTX_RESPONSE_CACHE_MB must be a number of MB, not ${process.env.HTX_RESPONSE_CACHE_MB}`);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
const pollMs = Number(process.env.HTX_GENERATION_POLL_MS ?? 1000);
if (!Number.isInteger(pollMs) || pollMs < 50) throw new Error(`HTX_GENERATION_POLL_MS must be a number of ms (50 or more), not ${process.env.HTX_GENERATION_POLL_MS}`);
const cache = cacheMb > 0 ? new ResponseCache({ kind: publicPathKind, maxBytes: cacheMb * 1024 * 1024 }) : null;
// Approving a report runs inside this process, in code Next has bundled: it hands the new generation to the
// cache here after its commit (lib/cache/generation.ts); other processes' changes arrive through the watch.
(globalThis as Record<symbol, unknown>)[RESPONSE_CACHE_KEY] = cache;
const watch = cache && process.env.DATABASE_URL
  ? new GenerationWatch({ databaseUrl: process.env.DATABASE_URL, pollMs, onGeneration: (g) => cache.learn(g), log: (m) => console.error(m) })
  : null;
await watch?.start();

await app.prepare();
const hops = trustProxyHops();
// Security headers on every answer, cached ones included; forged forwarded headers dropped; server actions checked.
const edge = createEdge({ hops });
const logger = createLogger();
const server = createServer((req, res) => {
  logRequest(logger, req, res);
  stampClientAddress(req, hops);
  const serve = (admitted: IncomingMessage | null) => {
    if (!admitted) return;
    const upstream = () => void handle(admitted, res);
    if (cache) cache.handle(admitted, res, upstream);
    else upstream();
  };
  const admitted = edge.admit(req, res);
  if (admitted instanceof Promise) admitted.then(serve, () => res.destroy());
  else serve(admitted);
});
server.listen(port, hostname, () => {
  console.log(`▲ Ready on http://${hostname ?? "localhost"}:${port}${cache ? ` (response cache ${cacheMb} MB)` : " (response cache off)"}`);
});

let closing = false;
function close() {
  if (closing) return;
  closing = true;
  server.close();
  server.closeIdleConnections();
  void watch?.stop();
  void app.close().finally(() => process.exit(0));
  // Keep-alive clients and slow requests must not hold a stop hostage.
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", close);
process.on("SIGTERM", close);
