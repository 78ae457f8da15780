// Runs the project's npm scripts as a user does, and reads whole tables to compare two databases.
import { spawn } from "node:child_process";
import { join } from "node:path";
import pg from "pg";

export const ROOT = join(import.meta.dirname, "..", "..");

export interface RunResult {
  code: number | null;
  output: string;
}

/** `npm run <args>` in the project, DATABASE_URL set to `databaseUrl` (or unset when null), more env on top. */
export function npmRun(args: string[], databaseUrl: string | null, env: Record<string, string> = {}): Promise<RunResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.DATABASE_URL;
  if (databaseUrl) childEnv.DATABASE_URL = databaseUrl;
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", ...args], { cwd: ROOT, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

/** Every row of every table of the public schema (as JSON text, sorted), and every sequence's position. */
export async function tableSnapshot(url: string): Promise<Record<string, string[]>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query("SET TimeZone = 'UTC'"); // timestamps read alike from any server
    const tables = (await c.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows;
    const out: Record<string, string[]> = {};
    for (const { t } of tables) {
      out[t] = (await c.query<{ r: string }>(`SELECT to_jsonb(x)::text AS r FROM "${t}" x ORDER BY 1`)).rows.map((r) => r.r);
    }
    const seqs = await c.query<{ s: string; v: string | null }>(
      `SELECT c.relname AS s, (SELECT last_value FROM pg_sequences q WHERE q.schemaname = 'public' AND q.sequencename = c.relname)::text AS v
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND n.nspname = 'public' ORDER BY 1`);
    out["(sequences)"] = seqs.rows.map((r) => `${r.s}=${r.v}`);
    return out;
  } finally {
    await c.end();
  }
}

/** One SQL statement on a short-lived connection to the database at `url`. */
export async function sqlAt<T extends pg.QueryResultRow = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}
