import "server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

// One client per server process; in development the module reloads, so keep it on globalThis.
const g = globalThis as unknown as { __htxDb?: PrismaClient };

function client(): PrismaClient {
  if (!g.__htxDb) g.__htxDb = createPrismaClient(env().DATABASE_URL, { poolMax: env().DATABASE_POOL_MAX });
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
