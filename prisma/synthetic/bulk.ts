// Fast inserts through node-postgres: one INSERT … SELECT FROM unnest($1::type[], $2::type[], …) per batch, so a
// batch of thousands of rows is one statement with one parameter per column (no 65,535-parameter limit, no
// per-row round trip). About ten times faster than Prisma's createMany for the 100,000-row register.
import type pg from "pg";

/** A column and its Postgres type, as the unnest cast needs it ('int', 'text', '"Qualifier"' …). */
export type Column<Row> = [name: string, pgType: string, value: (row: Row) => unknown];

export interface InsertOptions {
  /** Columns filled with the same SQL expression on every row, e.g. { updatedAt: "now()" }. */
  constants?: Record<string, string>;
  /** RETURNING list; the returned rows come back in the order the batches ran. */
  returning?: string;
  batchSize?: number;
}

export async function insertRows<Row, Out extends pg.QueryResultRow = pg.QueryResultRow>(
  client: pg.ClientBase,
  table: string,
  columns: Column<Row>[],
  rows: Row[],
  opts: InsertOptions = {},
): Promise<Out[]> {
  const constants = Object.entries(opts.constants ?? {});
  const names = [...columns.map(([n]) => n), ...constants.map(([n]) => n)].map((n) => `"${n}"`).join(", ");
  const casts = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const select = ["u.*", ...constants.map(([, expr]) => expr)].join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${casts}) AS u` +
    (opts.returning ? ` RETURNING ${opts.returning}` : "");
  const out: Out[] = [];
  const size = opts.batchSize ?? 5_000;
  for (let at = 0; at < rows.length; at += size) {
    const batch = rows.slice(at, at + size);
    const res = await client.query<Out>(sql, columns.map(([, , value]) => batch.map(value)));
    out.push(...res.rows);
  }
  return out;
}
