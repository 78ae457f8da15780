// /api/health, for the proxy or orchestrator in front: 200 with the published generation while the database
// answers, a 503 "degraded" within about a second when it hangs, never cacheable. The database sits behind a TCP
// proxy this test can freeze (tests/support/freezable-proxy.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { databaseUrl, freshDemoDb, sql } from "@/tests/support/db";
import { appDbBehindProxy, type FreezableProxy } from "@/tests/support/freezable-proxy";

let seeded: PrismaClient;
let proxy: FreezableProxy;
let closeProxy: () => Promise<void>;
let health: typeof import("@/app/api/health/route");

beforeAll(async () => {
  seeded = await freshDemoDb();
  ({ proxy, close: closeProxy } = await appDbBehindProxy(databaseUrl()));
  health = await import("@/app/api/health/route");
});

afterAll(async () => {
  await closeProxy();
  await seeded.$disconnect();
});

async function generationTable(): Promise<boolean> {
  const [{ present }] = await sql<{ present: boolean }>(`SELECT to_regclass('"PublicGeneration"') IS NOT NULL AS present`);
  return present;
}

describe("GET /api/health", () => {
  it("says ok, the uptime, the database's latency and the published generation, and is never cached", async () => {
    const present = await generationTable();
    const res = await health.GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
    expect(body.database.ok).toBe(true);
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(body.database.latencyMs).toBeLessThan(1000);
    if (present) {
      const rows = await sql<{ value: string }>(`SELECT value::text AS value FROM "PublicGeneration" WHERE id = 1`);
      expect(body.publishedGeneration).toBe(rows[0] ? Number(rows[0].value) : null);
    } else {
      expect(body.publishedGeneration).toBeNull();
    }
  });

  it("reads the generation the database holds", async () => {
    const present = await generationTable();
    // Before the cache's migration is in, stand in for it with the same table, and take it away after.
    if (!present) await sql(`CREATE TABLE "PublicGeneration" (id integer PRIMARY KEY, value bigint NOT NULL)`);
    const [{ before }] = await sql<{ before: string | null }>(`SELECT (SELECT value::text FROM "PublicGeneration" WHERE id = 1) AS before`);
    try {
      await sql(`INSERT INTO "PublicGeneration" (id, value) VALUES (1, 4242) ON CONFLICT (id) DO UPDATE SET value = 4242`);
      const body = await (await health.GET()).json();
      expect(body.publishedGeneration).toBe(4242);
    } finally {
      if (!present) await sql(`DROP TABLE "PublicGeneration"`);
      else if (before === null) await sql(`DELETE FROM "PublicGeneration" WHERE id = 1`);
      else await sql(`UPDATE "PublicGeneration" SET value = $1 WHERE id = 1`, [before]);
    }
  });

  it("answers 503 degraded within about a second when the database hangs", async () => {
    proxy.freeze();
    try {
      const start = Date.now();
      const res = await health.GET();
      const ms = Date.now() - start;
      expect(res.status).toBe(503);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const body = await res.json();
      expect(body).toMatchObject({ status: "degraded", database: { ok: false, latencyMs: null }, publishedGeneration: null });
      expect(ms).toBeLessThan(1800);
    } finally {
      proxy.thaw();
    }
  });
});
