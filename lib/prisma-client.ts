// Creates a Prisma client over node-postgres. The app's one shared client lives in lib/db.ts; scripts and
// tests (migrate, seed, integration tests) make their own with this and disconnect when done.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export function createPrismaClient(connectionString: string, opts: { poolMax?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: opts.poolMax ?? 10, idleTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
