// A throwaway database on the Postgres server that DATABASE_URL points at: for tests and e2e runs, so they
// never touch the database you work in.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface FreshDb {
  url: string;
  drop(): Promise<void>;
}

export async function createFreshDb(serverUrl: string, prefix: string): Promise<FreshDb> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
