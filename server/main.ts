// The production server: Next.js behind the response cache (server/response-cache.ts). `npm start`, the
// end-to-end tests and `npm run bench` all run this, never bare `next start`, so what is measured and tested is
// what is served. Run as `node --import tsx server/main.ts [-p PORT] [-H HOST]` from the project's root.
//   HTX_RESPONSE_CACHE_MB  bodies the cache may keep (default 128; 0 turns it off)
//   TRUST_PROXY_HOPS       reverse proxies in front whose X-Forwarded-For to believe (default 0; server/client-address.ts)
//   PUBLIC_URL             the address users open (https:// makes cookies Secure and adds HSTS; server/edge.ts)
import { createServer, type IncomingMessage } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { RESPONSE_CACHE_KEY } from "../lib/cache/response-cache-key";
import { stampClientAddress, trustProxyHops } from "./client-address";
import { createEdge } from "./edge";
import { isPublicPath } from "./public-paths";
import { ResponseCache } from "./response-cache";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? undefined;
const cacheMb = Number(process.env.HTX_RESPONSE_CACHE_MB ?? 128);
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`not a port: ${values.port ?? process.env.PORT}`);
if (!Number.isFinite(cacheMb) || cacheMb < 0) throw new Error(`HTX_RESPONSE_CACHE_MB must be a number of MB, not ${process.env.HTX_RESPONSE_CACHE_MB}`);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
const cache = cacheMb > 0 ? new ResponseCache({ cacheable: isPublicPath, maxBytes: cacheMb * 1024 * 1024 }) : null;
// Approving a report runs inside this process, in code Next has bundled: it finds the cache here
// (lib/cache/public.ts, refreshPublicData).
(globalThis as Record<symbol, unknown>)[RESPONSE_CACHE_KEY] = cache;

await app.prepare();
const hops = trustProxyHops();
// Security headers on every answer, cached ones included; forged forwarded headers dropped; server actions checked.
const edge = createEdge({ hops });
const server = createServer((req, res) => {
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
  void app.close().finally(() => process.exit(0));
  // Keep-alive clients and slow requests must not hold a stop hostage.
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", close);
process.on("SIGTERM", close);
