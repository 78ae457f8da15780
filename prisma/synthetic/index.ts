// Loads the synthetic country (country.ts) into an empty database: the same provinces and indicator catalogue
// as the demo (seedCatalogue), one Source "synthetic" that every term, target and figure points at, reports
// 2010–2025, terms with targets, and the register (RegisterUnit.synthetic = true, names "[Tổng hợp] …").
// Refuses a database that holds real data: the two never mix (prisma/seed/guard.ts).
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { MixedDataError, SYNTHETIC_SOURCE_KEY } from "@/prisma/seed/guard";
import { generateCountry } from "./country";
import { insertRegister, insertReports, insertTerms } from "./insert";

export const SYNTHETIC_SOURCE_TITLE = "Dữ liệu tổng hợp (synthetic) — không phải số liệu thật";

export interface SyntheticResult {
  /** False when the database already held the synthetic country: nothing was written. */
  loaded: boolean;
  rows: Record<string, number>;
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

export async function seedSynthetic(
  url: string,
  opts: { scale?: number; seed?: number; log?: (line: string) => void } = {},
): Promise<SyntheticResult> {
  const log = opts.log ?? (() => {});
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    timings[step] = Math.round(now - t);
    log(`  ${step}: ${timings[step]} ms`);
    t = now;
  };

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Checked before the catalogue is written, and again under a lock inside the load's transaction.
    if ((await state(client)) === "loaded") return { loaded: false, rows: {}, timings };
    const prisma = createPrismaClient(url, { poolMax: 1 });
    try {
      await prisma.$transaction((tx) => seedCatalogue(tx), { timeout: 60_000 });
    } finally {
      await prisma.$disconnect();
    }
    lap("catalogue");

    const country = generateCountry({ scale: opts.scale, seed: opts.seed });
    lap("generate");
    await client.query("BEGIN");
    // Blocks a concurrent demo seed (which inserts Source rows) until this load commits or fails.
    await client.query(`LOCK TABLE "Source" IN SHARE ROW EXCLUSIVE MODE`);
    if ((await state(client)) === "loaded") {
      await client.query("ROLLBACK");
      return { loaded: false, rows: {}, timings };
    }
    const { rows: [source] } = await client.query<{ id: number }>(
      `INSERT INTO "Source" (key, title, publisher, note) VALUES ($1, $2, $3, $4) RETURNING id`,
      [SYNTHETIC_SOURCE_KEY, SYNTHETIC_SOURCE_TITLE, "HTX Dashboard (prisma/synthetic)",
        `Sinh ngẫu nhiên có hạt giống: seed ${country.seed}, scale ${country.scale}. Không phải số liệu thật.`],
    );
    const provinceIds = new Map((await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM "Province"`)).rows.map((r) => [r.slug, r.id]));
    const indicatorIds = new Map((await client.query<{ id: number; code: string }>(`SELECT id, code FROM "Indicator"`)).rows.map((r) => [r.code, r.id]));
    const ctx = { client, country, sourceId: source.id, provinceIds, indicatorIds };

    const rows: Record<string, number> = { sources: 1 };
    Object.assign(rows, await insertTerms(ctx));
    lap("terms and targets");
    Object.assign(rows, await insertReports(ctx));
    lap("reports and values");
    Object.assign(rows, await insertRegister(ctx));
    lap("register");
    await client.query("COMMIT");
    lap("commit");
    // Fresh statistics, so the planner sees 100,000 units rather than an empty table's guess.
    await client.query("ANALYZE");
    lap("analyze");
    return { loaded: true, rows, timings };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

/** "loaded" when the synthetic country is there; "empty" when nothing is; MixedDataError when real data is. */
async function state(client: pg.ClientBase): Promise<"loaded" | "empty"> {
  const { rows: [s] } = await client.query<{ synthetic: boolean; other: string | null; data: boolean }>(`
    SELECT EXISTS (SELECT 1 FROM "Source" WHERE key = $1) AS synthetic,
           (SELECT key FROM "Source" WHERE key <> $1 ORDER BY key LIMIT 1) AS other,
           EXISTS (SELECT 1 FROM "YearlyReport") OR EXISTS (SELECT 1 FROM "Term") OR EXISTS (SELECT 1 FROM "RegisterUnit") AS data`,
  [SYNTHETIC_SOURCE_KEY]);
  if (s.other !== null) {
    throw new MixedDataError(
      `This database holds real data (source "${s.other}"): the synthetic country must not be mixed into it. ` +
        "Use a database of its own: npm run db:synthetic creates one.",
    );
  }
  if (s.synthetic) return "loaded";
  if (s.data) throw new MixedDataError("This database already holds reports, terms or register units that are not synthetic: load the synthetic country into an empty database (npm run db:synthetic).");
  return "empty";
}
