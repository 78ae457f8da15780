// npm run db:seed: loads the demo data (the five source articles) into DATABASE_URL. Idempotent.
//   --demo-users  also create the demo accounts (password "demo-password"): only for a throwaway database.
import { createPrismaClient } from "../lib/prisma-client";
import { seedDemo } from "../prisma/seed/index";
import { requireDatabaseUrl } from "./lib/require-database-url";

const db = createPrismaClient(requireDatabaseUrl("db:seed"), { poolMax: 2 });
try {
  const { created } = await seedDemo(db, { demoUsers: process.argv.includes("--demo-users") });
  console.log("Rows created:", Object.entries(created).map(([k, v]) => `${k} ${v}`).join(", "));
} finally {
  await db.$disconnect();
}
