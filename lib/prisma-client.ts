// Creates a Prisma client over node-postgres. The app's one shared client lives in lib/db.ts; scripts and
// tests (migrate, seed, integration tests) make their own with this and disconnect when done.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export interface ClientOptions {
  poolMax?: number;
  /** Waiting for a connection (new, or free in the pool), in ms; none when unset. */
  connectTimeoutMs?: number;
  /**
   * Longest statement, in ms; none when unset (the scripts' bulk loads may run long). Postgres cancels a longer
   * one itself (statement_timeout); a server that does not answer at all is given up a second later by the
   * client (query_timeout), which is what a frozen database needs.
   */
  statementTimeoutMs?: number;
}

export function createPrismaClient(connectionString: string, opts: ClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: opts.poolMax ?? 10,
    idleTimeoutMillis: 10_000,
    ...(opts.connectTimeoutMs ? { connectionTimeoutMillis: opts.connectTimeoutMs } : {}),
    ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs, query_timeout: opts.statementTimeoutMs + 1000 } : {}),
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
