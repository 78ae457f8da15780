// npm run db:reset -- --force: empties DATABASE_URL's public schema, migrates and loads the demo data.
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma-client";
import { migrate } from "@/prisma/migrate";
import { seedDemo } from "@/prisma/seed/index";
import { requireDatabaseUrl } from "./lib/require-database-url";

const url = requireDatabaseUrl("db:reset");
if (!process.argv.includes("--force")) {
  console.error(`db:reset deletes every row in ${new URL(url).pathname.slice(1)}. Run it again with --force to go on.`);
  process.exit(2);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
await client.end();
await migrate(url, { log: console.log });
const db = createPrismaClient(url, { poolMax: 2 });
try {
  const { created } = await seedDemo(db);
  console.log("Rows created:", Object.entries(created).map(([k, v]) => `${k} ${v}`).join(", "));
} finally {
  await db.$disconnect();
}
