// npm run db:seed: loads the demo data (the five source articles) into DATABASE_URL. Idempotent.
//   --demo-users   also create the demo accounts (password "demo-password"): only for a throwaway database.
//   --synthetic    load the synthetic country instead (prisma/synthetic/), into an empty database;
//   --scale N      … N times the size of Vietnam's (default 1). npm run db:synthetic makes a database for it.
// Real and synthetic data never share a database: either load refuses the other's database (exit 2).
import { z } from "zod";
import { createPrismaClient } from "@/lib/prisma-client";
import { MixedDataError } from "@/prisma/seed/guard";
import { seedDemo } from "@/prisma/seed/index";
import { seedSynthetic } from "@/prisma/synthetic/index";
import { requireDatabaseUrl } from "./lib/require-database-url";
import { parseCli, scaleValue } from "./lib/synthetic-args";

// scaleValue has no default: with one, every call looked as if it had --scale and --demo-users was refused.
const args = parseCli(
  { synthetic: { type: "boolean" }, scale: { type: "string" }, "demo-users": { type: "boolean" } },
  z.object({ synthetic: z.boolean().default(false), scale: scaleValue.optional(), "demo-users": z.boolean().default(false) })
    .refine((a) => !(a.synthetic && a["demo-users"]), { message: "--demo-users goes with the demo data, not with --synthetic" })
    .refine((a) => a.synthetic || a.scale === undefined, { message: "--scale goes with --synthetic" }),
  "db:seed",
);
const url = requireDatabaseUrl("db:seed");

try {
  if (args.synthetic) {
    const scale = args.scale ?? 1;
    console.log(`Loading the synthetic country at scale ${scale} …`);
    const started = performance.now();
    const result = await seedSynthetic(url, { scale, log: console.log });
    if (!result.loaded) console.log("The database already holds the synthetic country: nothing loaded.");
    else console.log(`Rows created: ${Object.entries(result.rows).map(([k, v]) => `${k} ${v}`).join(", ")} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } else {
    const db = createPrismaClient(url, { poolMax: 2 });
    try {
      const { created } = await seedDemo(db, { demoUsers: args["demo-users"] });
      console.log("Rows created:", Object.entries(created).map(([k, v]) => `${k} ${v}`).join(", "));
    } finally {
      await db.$disconnect();
    }
  }
} catch (err) {
  if (!(err instanceof MixedDataError)) throw err;
  console.error(`db:seed refused: ${err.message}`);
  process.exit(2);
}
