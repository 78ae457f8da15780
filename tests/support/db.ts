// The integration tests' database: the fresh one tests/support/global-db.ts made for this run.
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { seedDemo } from "@/prisma/seed/index";

export const databaseUrl = (): string => inject("databaseUrl");

export function testPrisma(): PrismaClient {
  return createPrismaClient(databaseUrl(), { poolMax: 3 });
}

/** Runs one SQL statement on a short-lived connection; for asserting what Prisma cannot express. */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: databaseUrl() });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** Empties every table (not _prisma_migrations) so a test file starts from a known state. */
export async function truncateAll(): Promise<void> {
  const rows = await sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
  if (rows.length) await sql(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

/** An empty database and a client on it: for test files that load their own rows. */
export async function emptyDb(): Promise<PrismaClient> {
  await truncateAll();
  return testPrisma();
}

/** An empty database loaded with the demo data, and a client on it: where most test files start. */
export async function freshDemoDb(): Promise<PrismaClient> {
  const db = await emptyDb();
  await seedDemo(db);
  return db;
}
