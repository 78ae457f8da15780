// The embedded database serves several connections at once: queries with parameters from different connections
// must never mix (scripts/lib/extended-protocol-queue.mjs).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";

describe("the embedded database under concurrent use", () => {
  it("answers 300 parameterised queries from 6 connections correctly, with transactions among them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "htx-embedded-"));
    const db = await startEmbeddedDb({ dataDir: join(dir, "pglite") });
    const pool = new pg.Pool({ connectionString: db.url, max: 6 });
    try {
      await pool.query("CREATE TABLE t (n int)");
      const queries = Array.from({ length: 300 }, async (_, i) => {
        if (i % 25 === 0) {
          const c = await pool.connect();
          try {
            await c.query("BEGIN");
            await c.query("INSERT INTO t VALUES ($1)", [i]);
            await c.query("COMMIT");
          } finally {
            c.release();
          }
          return i;
        }
        const args = Array.from({ length: (i % 4) + 1 }, (_, k) => i + k);
        const sql = `SELECT ${args.map((_, k) => `$${k + 1}::int`).join(" + ")} AS s`;
        return (await pool.query(sql, args)).rows[0].s;
      });
      const results = await Promise.all(queries);
      results.forEach((r, i) => {
        const expected = i % 25 === 0 ? i : Array.from({ length: (i % 4) + 1 }, (_, k) => i + k).reduce((a, b) => a + b, 0);
        expect(r).toBe(expected);
      });
      expect((await pool.query("SELECT count(*)::int AS n FROM t")).rows[0].n).toBe(12);
    } finally {
      await pool.end();
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("holds an app process with mail and a script beside it: 16 connections open at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "htx-embedded-"));
    const db = await startEmbeddedDb({ dataDir: join(dir, "pglite") });
    const clients = Array.from({ length: 16 }, () => new pg.Client({ connectionString: db.url }));
    try {
      await Promise.all(clients.map((c) => c.connect()));
      const answers = await Promise.all(clients.map((c, i) => c.query("SELECT $1::int AS n", [i])));
      expect(answers.map((a) => a.rows[0].n)).toEqual(clients.map((_, i) => i));
    } finally {
      await Promise.allSettled(clients.map((c) => c.end()));
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
