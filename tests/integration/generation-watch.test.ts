// How an app process learns the published generation (server/generation-watch.ts, decision 0016), on a real
// Postgres: at start, by NOTIFY within milliseconds of the commit, by the poll while its listening connection is
// cut, and by listening again afterwards.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advancePublicGeneration } from "@/lib/cache/generation";
import type { PrismaClient } from "@/lib/prisma-client";
import { GenerationWatch } from "@/server/generation-watch";
import { databaseUrl, sql, testPrisma } from "@/tests/support/db";
import { freezableProxy } from "@/tests/support/freezable-proxy";

let db: PrismaClient;
const advance = () => db.$transaction((tx) => advancePublicGeneration(tx));
const listening = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'htx-generation-listen' AND query ILIKE 'LISTEN%'`))[0].n;

beforeAll(async () => {
  db = testPrisma();
  await advance(); // the row exists whatever an earlier file left
});
afterAll(() => db.$disconnect());

describe("the generation watch", () => {
  it("knows the generation at start, hears a commit at once, and catches up by polling while its listener is cut", async () => {
    const learnt: bigint[] = [];
    const latest = () => learnt.at(-1);
    // A slow poll, so that what arrives quickly can only have come by NOTIFY.
    const watch = new GenerationWatch({ databaseUrl: databaseUrl(), pollMs: 60_000, onGeneration: (g) => learnt.push(g) });
    try {
      await watch.start();
      expect(learnt.length).toBeGreaterThan(0); // read at start
      // start() reads first and then connects the listener: on a busy machine that takes a while.
      await expect.poll(listening, { timeout: 5000 }).toBe(1);
      const start = await advance();
      expect(learnt).toContain(start - 1n);
      // Well before the 60 s poll, however busy the machine: only NOTIFY can have brought it.
      await expect.poll(latest, { timeout: 5000, interval: 10 }).toBe(start);

      // Cut the listening connection: the watch connects again (backoff from 250 ms) and reads what it missed.
      await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`);
      const missed = await advance();
      await expect.poll(latest, { timeout: 5000 }).toBe(missed);
      await expect.poll(listening, { timeout: 5000 }).toBe(1);
      const after = await advance();
      await expect.poll(latest, { timeout: 5000, interval: 10 }).toBe(after);
    } finally {
      await watch.stop();
    }
  });

  it("polls the row as the fallback for a message it never got", async () => {
    const learnt: bigint[] = [];
    const watch = new GenerationWatch({ databaseUrl: databaseUrl(), pollMs: 100, onGeneration: (g) => learnt.push(g) });
    try {
      await watch.start();
      // A change made without NOTIFY (by hand, or a message lost): the poll finds it.
      const c = new pg.Client({ connectionString: databaseUrl() });
      await c.connect();
      const { rows } = await c.query<{ value: string }>(`UPDATE "PublicGeneration" SET value = value + 1 WHERE id = 1 RETURNING value::text`);
      await c.end();
      await expect.poll(() => learnt.at(-1), { timeout: 5000, interval: 20 }).toBe(BigInt(rows[0].value));
    } finally {
      await watch.stop();
    }
  });
  it("reads the generation on demand for a request, one read for many requests, and never holds them long while the database hangs", async () => {
    let reads = 0;
    const learnt: bigint[] = [];
    const proxy = await freezableProxy(databaseUrl());
    const watch = new GenerationWatch({ databaseUrl: proxy.url, pollMs: 60_000, onGeneration: (g) => (reads++, learnt.push(g)) });
    try {
      await watch.start();
      // Committed without NOTIFY and long before the next poll: only the read on demand can know it.
      const [{ value }] = await sql<{ value: string }>(`UPDATE "PublicGeneration" SET value = value + 1 WHERE id = 1 RETURNING value::text`);
      await watch.fresh();
      expect(learnt.at(-1)).toBe(BigInt(value));

      // The listener reads once more when it has connected (listen()): on a busy machine that lands late, so
      // wait for it, and let one more read through the one pooled connection finish behind it, before counting.
      await expect.poll(listening, { timeout: 5000 }).toBe(1);
      await watch.fresh();

      // A hundred requests at once: the read on its way, and one more begun after them all.
      reads = 0;
      await Promise.all(Array.from({ length: 100 }, () => watch.fresh()));
      expect(reads).toBeGreaterThanOrEqual(1);
      expect(reads).toBeLessThanOrEqual(2);

      // A database that hangs: the first requests go on after a quarter of a second with what the process
      // knows, the next ones at once, until a read succeeds again.
      proxy.freeze();
      let started = performance.now();
      await watch.fresh();
      expect(performance.now() - started).toBeLessThan(1500); // 250 ms and a busy machine's lag, not the 5 s query timeout
      started = performance.now();
      await Promise.all(Array.from({ length: 10 }, () => watch.fresh()));
      expect(performance.now() - started).toBeLessThan(200); // at once: no request waits the 250 ms again
      proxy.thaw();
      // Answering again: the next read is waited for, and sees a new commit.
      const [{ value: later }] = await sql<{ value: string }>(`UPDATE "PublicGeneration" SET value = value + 1 WHERE id = 1 RETURNING value::text`);
      await expect.poll(async () => (await watch.fresh(), learnt.at(-1)), { timeout: 10_000 }).toBe(BigInt(later));
    } finally {
      proxy.thaw();
      await watch.stop();
      await proxy.close();
    }
  });
});
