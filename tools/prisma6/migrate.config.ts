// Config for the Prisma 6 CLI, which authors migrations offline with its WebAssembly schema engine over a
// driver adapter (docs/decisions/0002-migrations.md). Run it through `npm run db:migration -- <name>`.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import pg from "pg";

// Prisma 6's schema engine cannot deserialise Postgres' internal "char" (18) and name (19) column types
// when it introspects the catalog (prisma/orm#27403). Both are plain text on the wire: report them as text.
const TEXT = 25;
function asText(r: pg.QueryResult | undefined) {
  for (const f of r?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = TEXT;
  return r;
}
type Query = (...args: unknown[]) => unknown;
class CatalogSafeClient extends pg.Client {
  // pg's query() has promise and callback forms; patch the result in both. One override stands for all of
  // pg's overloads, so its own signature has to be the widest.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error, r: pg.QueryResult) => last(err, asText(r));
      return (super.query as Query)(...args);
    }
    const result = (super.query as Query)(...args) as Promise<pg.QueryResult> | undefined;
    return result && typeof result.then === "function" ? result.then(asText) : result;
  }
}

const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/htx_dev");

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  // A copy of prisma/schema.prisma with the `url` Prisma 6 insists on; written by scripts/db-migration.mjs.
  schema: ".tmp/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  // Host/user/database fields rather than a connection string: with a string the adapter would use the main
  // database as its shadow database.
  adapter: async () =>
    new PrismaPg({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password) || undefined,
      database: url.pathname.slice(1),
      idleTimeoutMillis: 200,
      Client: CatalogSafeClient,
    } as pg.PoolConfig),
});
