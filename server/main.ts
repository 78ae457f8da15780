// The production server: Next.js behind the response cache (server/response-cache.ts). `npm start`, the
// end-to-end tests and `npm run bench` all run this, never bare `next start`, so what is measured and tested is
// what is served. Run as `node --import tsx server/main.ts [-p PORT] [-H HOST]` from the project's root.
// Its settings (HTX_RESPONSE_CACHE_MB, HTX_GENERATION_POLL_MS, TRUST_PROXY_HOPS, PUBLIC_URL, LOG_LEVEL, …) are
// described in lib/env.ts and .env.example, and all checked here before anything starts.
import { fork, type ChildProcess } from "node:child_process";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import next from "next";
import { RESPONSE_CACHE_KEY } from "@/lib/cache/response-cache-key";
import { env, envAtStart, settlePort } from "@/lib/env";
import { stampClientAddress } from "./client-address";
import { createEdge } from "./edge";
import { GenerationWatch } from "./generation-watch";
import { completeNotFound } from "./not-found-html";
import { publicPathKind } from "./public-paths";
import { createLogger, logRequest } from "./request-log";
import { ResponseCache } from "./response-cache";

// The .env files as Next loads them (it would, later, in app.prepare()), so that every setting is checked now, at once.
// (@next/env is CommonJS: a named import fails under Node's ESM loader.)
nextEnv.loadEnvConfig(process.cwd());
const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const settings = envAtStart(() => env({ needDatabase: true, overrides: { PORT: values.port, HOSTNAME: values.hostname } }));
const { PORT: port, HOSTNAME: hostname, HTX_RESPONSE_CACHE_MB: cacheMb } = settings;
settlePort(port);

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
const cache = cacheMb > 0 ? new ResponseCache({ kind: publicPathKind, maxBytes: cacheMb * 1024 * 1024 }) : null;
// Approving a report runs inside this process, in code Next has bundled: it hands the new generation to the
// cache here after its commit (lib/cache/generation.ts); other processes' changes arrive through the watch.
(globalThis as Record<symbol, unknown>)[RESPONSE_CACHE_KEY] = cache;
const watch = cache
  ? new GenerationWatch({ databaseUrl: settings.DATABASE_URL, pollMs: settings.HTX_GENERATION_POLL_MS, onGeneration: (g) => cache.learn(g), log: (m) => console.error(m) })
  : null;
await watch?.start();

// The mail worker (decision 0038), in a process of its own: sending never waits on or slows this one. Started
// again if it dies; with SMTP_URL unset there is nothing to send.
let mail: ChildProcess | null = null;
let mailStopping = false;
function startMail() {
  mail = fork(new URL("./mail-process.ts", import.meta.url).pathname, { execArgv: ["--conditions=react-server", "--import", "tsx"] });
  mail.on("exit", (code) => {
    if (mailStopping) return;
    console.error(`The mail worker stopped (exit ${code}); starting it again in 5 s.`);
    setTimeout(startMail, 5000).unref();
  });
}
if (settings.SMTP_URL) startMail();

await app.prepare();
const hops = settings.TRUST_PROXY_HOPS;
// Security headers on every answer, cached ones included; forged forwarded headers dropped; server actions checked.
const edge = createEdge({ hops, settings });
const logger = createLogger(settings);
const notFoundSource = {
  address: () => {
    const { address, port } = server.address() as AddressInfo;
    return { host: address === "::" || address === "0.0.0.0" ? "127.0.0.1" : address, port };
  },
};
const server = createServer((req, res) => {
  logRequest(logger, req, res);
  stampClientAddress(req, hops);
  completeNotFound(req, res, notFoundSource);
  const serve = (admitted: IncomingMessage | null) => {
    if (!admitted) return;
    const upstream = () => void handle(admitted, res);
    if (!cache) return upstream();
    // What another instance published a moment ago is known before the cache answers (decision 0016).
    if (watch && cache.mayAnswer(admitted)) void watch.fresh().then(() => cache.handle(admitted, res, upstream));
    else cache.handle(admitted, res, upstream);
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
  mailStopping = true;
  mail?.kill("SIGTERM");
  void app.close().finally(() => process.exit(0));
  // Keep-alive clients and slow requests must not hold a stop hostage.
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGINT", close);
process.on("SIGTERM", close);
