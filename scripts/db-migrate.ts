// npm run db:migrate: applies pending migrations to DATABASE_URL (offline; as `prisma migrate deploy` would).
import { migrate } from "@/prisma/migrate";
import { requireDatabaseUrl } from "./lib/require-database-url";

const applied = await migrate(requireDatabaseUrl("db:migrate"), { log: console.log });
console.log(applied.length ? `${applied.length} migration(s) applied.` : "The database is up to date.");
