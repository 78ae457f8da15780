// npm run db:synthetic: a database of its own, htx_synthetic, on DATABASE_URL's server (default
// 127.0.0.1:5432), migrated and loaded with the synthetic country; prints its URL. Nothing else is touched.
//   --scale N   N times the size of Vietnam's (default 1)
//   --force     drop and recreate htx_synthetic first (otherwise an existing one is kept as it is)
//   --database NAME   another name than htx_synthetic (the README commands' test uses a throwaway one)
import { z } from "zod";
import { MixedDataError } from "@/prisma/seed/guard";
import { ensureSyntheticDb, SYNTHETIC_DB_NAME, syntheticDbUrl } from "./lib/synthetic-db";
import { parseCli, scaleSchema } from "./lib/synthetic-args";

const args = parseCli(
  { scale: { type: "string" }, force: { type: "boolean" }, database: { type: "string" } },
  z.object({ scale: scaleSchema, force: z.boolean().default(false), database: z.string().regex(/^[a-z_][a-z0-9_]*$/, "is a plain database name (a-z, 0-9, _)").default(SYNTHETIC_DB_NAME) }),
  "db:synthetic",
);

const started = performance.now();
try {
  const { url, result } = await ensureSyntheticDb(syntheticDbUrl(process.env.DATABASE_URL, args.database), { ...args, log: console.log });
  if (result.loaded) {
    const rows = Object.entries(result.rows).map(([k, v]) => `${k} ${v}`).join(", ");
    console.log(`Rows created: ${rows}\nLoaded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
  console.log(`\nThe synthetic country is in:\n  ${url}\nRun the app on it with:  DATABASE_URL=${url} npm start`);
} catch (err) {
  if (!(err instanceof MixedDataError)) throw err;
  console.error(`db:synthetic refused: ${err.message}`);
  process.exit(2);
}
