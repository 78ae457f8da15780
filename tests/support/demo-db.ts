// A throwaway database with the demo data and accounts, for tests that start app processes of their own: a new
// database on DATABASE_URL's server, or an embedded one in `tmp` without it. Its cleanup goes onto `stops`.
import { join } from "node:path";
import { createPrismaClient } from "@/lib/prisma-client";
import { migrate } from "@/prisma/migrate";
import { seedDemo } from "@/prisma/seed/index";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";
import { createFreshDb } from "@/scripts/lib/fresh-db";

export async function demoDatabase(prefix: string, tmp: string, stops: (() => Promise<void> | void)[]): Promise<string> {
  let url: string;
  if (process.env.DATABASE_URL) {
    const db = await createFreshDb(process.env.DATABASE_URL, prefix);
    stops.push(() => db.drop());
    url = db.url;
  } else {
    const db = await startEmbeddedDb({ dataDir: join(tmp, "pglite") });
    stops.push(() => db.stop());
    url = db.url;
  }
  await migrate(url);
  const client = createPrismaClient(url, { poolMax: 2 });
  try {
    await seedDemo(client, { demoUsers: true });
  } finally {
    await client.$disconnect();
  }
  return url;
}
