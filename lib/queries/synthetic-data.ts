// Whether the app's database holds the synthetic country (prisma/synthetic/, `npm start -- --synthetic`): then
// every page says the figures are made up (components/synthetic-banner.tsx). The synthetic loader points every
// figure at one Source, "synthetic", and refuses a database with any other data (prisma/seed/guard.ts), so that
// row alone tells.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { SYNTHETIC_SOURCE_KEY } from "@/prisma/seed/guard";

/** One indexed lookup on `client`. */
export async function holdsSyntheticData(client: Pick<PrismaClient, "source">): Promise<boolean> {
  return (await client.source.count({ where: { key: SYNTHETIC_SOURCE_KEY } })) > 0;
}

let known: boolean | undefined;

/**
 * Asked by the root layout on every render, read from the database once per process: a database becomes synthetic
 * only by loading it empty, which no running app does (a new load is a new `npm start`). A failed read is not
 * kept, and shows no banner rather than an error page: the page itself will say what is wrong.
 */
export async function isSyntheticDatabase(): Promise<boolean> {
  if (known !== undefined) return known;
  try {
    known = await holdsSyntheticData(db);
    return known;
  } catch {
    return false;
  }
}
