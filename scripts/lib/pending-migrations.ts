import pg from "pg";
import { readMigrations } from "@/prisma/migrate";

/** Names of the migrations in prisma/migrations that the database has not applied. */
export async function pendingMigrations(connectionString: string): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS ok`);
    const applied = new Set<string>();
    if (exists.rows[0].ok) {
      const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
      for (const r of rows) applied.add(r.migration_name);
    }
    return readMigrations().map((m) => m.name).filter((n) => !applied.has(n));
  } finally {
    await client.end();
  }
}
