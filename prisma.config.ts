// Prisma 7 CLI config: used by `prisma generate` (scripts/prisma-generate.mjs). Migrations are authored with
// the Prisma 6 CLI (prisma/migrate.config.ts) and applied by scripts/db-migrate.ts: see docs/decisions/0002.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/htx" },
});
