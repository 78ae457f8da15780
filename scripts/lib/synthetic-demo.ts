// `npm start -- --synthetic`: the synthetic country (prisma/synthetic/) at scale 1 in an embedded database of its
// own, with the demo accounts so that the staff's pages can be explored on it too (docs/decisions/0031).
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/prisma-client";
import { DEMO_PASSWORD, DEMO_USERS, isDemoDatabase } from "@/prisma/seed/demo-users";
import { SYNTHETIC_SOURCE_KEY } from "@/prisma/seed/guard";
import { seedSynthetic } from "@/prisma/synthetic/index";

/** The data directory's name under .data/ when HTX_DATA_DIR is not set: never the demo's .data/pglite. */
export const SYNTHETIC_DATA_DIR = "pglite-synthetic";

/**
 * Loads the synthetic country into the database at `url` unless it is there already, then adds the demo accounts
 * that are missing (unless the database has other users). Throws MixedDataError (prisma/seed/guard.ts) when the
 * database holds real data. `scale` is 1 but in tests.
 */
export async function loadSyntheticDemo(url: string, log: (line: string) => void, scale = 1): Promise<{ demoUsers: boolean }> {
  const client = createPrismaClient(url, { poolMax: 2 });
  try {
    if (!(await client.source.count({ where: { key: SYNTHETIC_SOURCE_KEY } }))) {
      // About 10 s on the embedded database, half of it the register: worth a line before and one after.
      log(`Loading the synthetic country (scale ${scale}${scale === 1 ? ", about 10 s" : ""}) …`);
      const started = performance.now();
      const { loaded, rows: r } = await seedSynthetic(url, { scale });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (loaded) log(`Loaded the synthetic country in ${seconds} s: ${r.reports} reports, ${r.values} figures, ${r.terms} terms, ${r.targets} targets, ${r.units} register units.`);
    }
    // As for the demo: a database whose users are not the demo's never gets an ADMIN with a published password.
    if (!(await isDemoDatabase(client))) return { demoUsers: false };
    const existing = new Set((await client.user.findMany({ select: { email: true } })).map((u) => u.email));
    const missing = DEMO_USERS.filter((u) => !existing.has(u.email));
    if (!missing.length) return { demoUsers: true };
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const provinces = new Map((await client.province.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));
    await client.user.createMany({
      skipDuplicates: true,
      data: missing.map((u) => ({ email: u.email, name: u.name, role: u.role, provinceId: u.province ? provinces.get(u.province) ?? null : null, passwordHash })),
    });
    return { demoUsers: true };
  } finally {
    await client.$disconnect();
  }
}
