// The database that holds the synthetic country, apart from every other: htx_synthetic on DATABASE_URL's server
// (or 127.0.0.1:5432). Creates it when missing (recreates it with force), migrates it and loads it.
import pg from "pg";
import { migrate } from "@/prisma/migrate";
import { seedSynthetic, type SyntheticResult } from "@/prisma/synthetic/index";

export const SYNTHETIC_DB_NAME = "htx_synthetic";
const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The URL of htx_synthetic (or `name`) on the server that `serverUrl` (any database on it) points at. */
export function syntheticDbUrl(serverUrl = DEFAULT_SERVER, name = SYNTHETIC_DB_NAME): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function ensureSyntheticDb(
  url: string,
  opts: { scale: number; force?: boolean; log?: (line: string) => void },
): Promise<{ url: string; created: boolean; result: SyntheticResult }> {
  const log = opts.log ?? (() => {});
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  // The name goes into CREATE/DROP DATABASE, which take no parameters.
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`"${name}" is not a plain database name (a-z, 0-9, _)`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  let created = false;
  try {
    const exists = (await c.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
    if (exists && opts.force) {
      log(`Dropping ${name} …`);
      await c.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    }
    if (!exists || opts.force) {
      await c.query(`CREATE DATABASE "${name}"`);
      created = true;
      log(`Created the database ${name}.`);
    }
  } finally {
    await c.end();
  }
  const applied = await migrate(url);
  if (applied.length) log(`Applied ${applied.length} migration(s).`);
  log(`Loading the synthetic country at scale ${opts.scale} …`);
  const result = await seedSynthetic(url, { scale: opts.scale, log });
  if (!result.loaded) log(`${name} already holds the synthetic country (npm run db:synthetic -- --force recreates it).`);
  return { url, created, result };
}
