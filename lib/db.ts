import "server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

// One client per server process; in development the module reloads, so keep it on globalThis.
const g = globalThis as unknown as { __htxDb?: PrismaClient };

function client(): PrismaClient {
  if (!g.__htxDb) {
    const e = env({ needDatabase: true });
    // Timeouts for the app only: a frozen database answers requests with an error in seconds, not never.
    g.__htxDb = createPrismaClient(e.DATABASE_URL, { poolMax: e.DATABASE_POOL_MAX, connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS, statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS });
  }
  return g.__htxDb;
}

/** The app's Prisma client, created on first use so that `next build` never needs a database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_t, prop) {
    const c = client();
    const v = Reflect.get(c, prop, c);
    return typeof v === "function" ? v.bind(c) : v;
  },
});
