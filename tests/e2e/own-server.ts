// A production server (server/main.ts, the build the other specs use) of one spec's own, with settings of its
// own (PUBLIC_URL, timeouts) and its database behind a proxy the spec can freeze: a fresh database on
// DATABASE_URL's server, or an embedded one, migrated and loaded with the demo data and its accounts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startServer } from "@/scripts/lib/bench-server";
import { demoDatabase } from "@/tests/support/demo-db";
import { freezableProxy, type FreezableProxy } from "@/tests/support/freezable-proxy";

export interface OwnServer {
  origin: string;
  database: FreezableProxy;
  stop(): Promise<void>;
}

export async function startOwnServer(env: Record<string, string>): Promise<OwnServer> {
  const root = join(import.meta.dirname, "..", "..");
  const tmp = mkdtempSync(join(tmpdir(), "htx-own-"));
  const stops: (() => Promise<void> | void)[] = [() => rmSync(tmp, { recursive: true, force: true })];
  const stop = async () => {
    for (const s of stops.reverse()) await Promise.resolve(s()).catch(() => undefined);
  };
  try {
    const url = await demoDatabase("htx_e2e_own", tmp, stops);
    const database = await freezableProxy(url);
    stops.push(() => database.close());
    const server = await startServer({
      root,
      databaseUrl: database.url,
      port: await freePort(),
      logFile: join(tmp, "server.log"),
      env: { NEXTAUTH_SECRET: "own-server-secret-of-at-least-thirty-two-chars", DATABASE_POOL_MAX: "4", ...env },
    });
    stops.push(() => {
      database.thaw(); // a frozen database would hold the server's shutdown
      return server.stop();
    });
    return { origin: server.origin, database, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
