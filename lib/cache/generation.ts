// The generation of what is published: one number in Postgres ("PublicGeneration", row 1), advanced in the
// same transaction as every change to public data. Every app process serves cached public answers only while
// their generation is the current one (server/response-cache.ts), and learns of a new one through NOTIFY,
// which Postgres delivers at commit: no process can hear of a change before the change is visible
// (docs/decisions/0016-one-cache.md).
import type { Prisma } from "@/lib/generated/prisma/client";
import { learnPublicGeneration } from "./response-cache-key";

export const GENERATION_CHANNEL = "htx_public_generation";

/**
 * Advances the published generation inside `tx` and announces it to every process when `tx` commits. A change
 * that rolls back advances nothing. Returns the new value: hand it to publishedGenerationChanged() after the
 * commit, so this process serves the new state from its very next request.
 */
export async function advancePublicGeneration(tx: Prisma.TransactionClient): Promise<bigint> {
  // An upsert, so a database whose row was removed by hand still works.
  const rows = await tx.$queryRaw<{ value: bigint }[]>`
    INSERT INTO "PublicGeneration" ("id", "value", "changedAt") VALUES (1, 1, now())
    ON CONFLICT ("id") DO UPDATE SET "value" = "PublicGeneration"."value" + 1, "changedAt" = now()
    RETURNING "value"`;
  const value = BigInt(rows[0].value);
  await tx.$executeRaw`SELECT pg_notify(${GENERATION_CHANNEL}, ${value.toString()})`;
  return value;
}

/** After the commit: this process's cache drops what it kept of older generations at once. */
export function publishedGenerationChanged(value: bigint): void {
  learnPublicGeneration(value);
}
