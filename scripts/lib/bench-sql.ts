// The progress query alone, in Postgres: one term's targets with the approved whole-province values of the
// term's years: the join of Target, Term, ReportValue and YearlyReport behind the progress API. Timed over many
// runs from a client (what the server pays per query, network included) and once with EXPLAIN ANALYZE
// (what Postgres itself spends).
import type pg from "pg";

export interface RunningTerm {
  provinceId: number;
  startYear: number;
  endYear: number;
}

export const PROGRESS_SQL = `
SELECT i.code, g.kind, g.year AS "targetYear", g.min, g.max, g.qualifier AS "targetQualifier",
       r.year, v."fromYear", v.value, v.high, v.qualifier
FROM "Term" t
JOIN "Target" g ON g."termId" = t.id
JOIN "Indicator" i ON i.id = g."indicatorId"
LEFT JOIN "YearlyReport" r ON r."provinceId" = t."provinceId" AND r.status = 'APPROVED'
 AND r.year BETWEEN t."startYear" AND t."endYear"
LEFT JOIN "ReportValue" v ON v."reportId" = r.id AND v."indicatorId" = g."indicatorId" AND v.dimension = ''
WHERE t."provinceId" = $1 AND t."startYear" = $2 AND t."endYear" = $3
ORDER BY i."sortOrder", r.year`;

/** The province's running term: the one that ends last (its congress has set targets beyond the latest report). */
export async function runningTerm(client: pg.ClientBase, slug: string): Promise<RunningTerm | null> {
  const { rows } = await client.query<RunningTerm>(
    `SELECT t."provinceId", t."startYear", t."endYear" FROM "Term" t JOIN "Province" p ON p.id = t."provinceId"
     WHERE p.slug = $1 ORDER BY t."endYear" DESC, t."startYear" DESC LIMIT 1`, [slug]);
  return rows[0] ?? null;
}

export interface SqlTiming {
  runs: number;
  rows: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  explain: { planningMs: number; executionMs: number; sharedHitBlocks: number; sharedReadBlocks: number };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (x: number) => Math.round(x * 1000) / 1000;

export async function timeProgressQuery(client: pg.ClientBase, term: RunningTerm, runs = 200): Promise<SqlTiming> {
  const query = { name: "bench-progress", text: PROGRESS_SQL, values: [term.provinceId, term.startYear, term.endYear] };
  let rows = 0;
  for (let i = 0; i < 20; i++) rows = (await client.query(query)).rowCount ?? 0; // warm the cache and the plan
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await client.query(query);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  const { rows: [plan] } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${PROGRESS_SQL}`, query.values);
  const e = plan["QUERY PLAN"][0];
  return {
    runs,
    rows,
    p50Ms: ms(percentile(times, 50)),
    p99Ms: ms(percentile(times, 99)),
    meanMs: ms(times.reduce((s, x) => s + x, 0) / runs),
    explain: {
      planningMs: e["Planning Time"],
      executionMs: e["Execution Time"],
      sharedHitBlocks: e.Plan["Shared Hit Blocks"] ?? 0,
      sharedReadBlocks: e.Plan["Shared Read Blocks"] ?? 0,
    },
  };
}
