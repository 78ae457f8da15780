// The app's database client gives up in seconds when the database hangs or a statement runs long, and the API
// then answers a JSON 503 in Vietnamese and English, never an empty 500 and never the driver's words. The
// database sits behind a TCP proxy this test can freeze (tests/support/freezable-proxy.ts). The scripts' own
// clients (migrate, seed, the synthetic load) keep no statement timeout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { databaseUrl, freshDemoDb } from "@/tests/support/db";
import { appDbBehindProxy, type FreezableProxy } from "@/tests/support/freezable-proxy";
import { call } from "@/tests/support/routes";

const TIMEOUT_MS = 1000;
let seeded: PrismaClient;
let proxy: FreezableProxy;
let closeProxy: () => Promise<void>;
let appDb: typeof import("@/lib/db").db;
let provinces: typeof import("@/app/api/v1/provinces/route");

beforeAll(async () => {
  seeded = await freshDemoDb();
  const timeouts = { DATABASE_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS), DATABASE_CONNECT_TIMEOUT_MS: String(TIMEOUT_MS) };
  ({ proxy, close: closeProxy } = await appDbBehindProxy(databaseUrl(), timeouts));
  appDb = (await import("@/lib/db")).db;
  provinces = await import("@/app/api/v1/provinces/route");
});

afterAll(async () => {
  await closeProxy();
  await seeded.$disconnect();
});

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const start = Date.now();
  try {
    const value = await run();
    return { ms: Date.now() - start, value };
  } catch (error) {
    return { ms: Date.now() - start, error };
  }
}

function expectCleanUnavailable(status: number, body: string) {
  expect(status).toBe(503);
  const json = JSON.parse(body);
  expect(json.error.code).toBe("DATABASE_UNAVAILABLE");
  expect(json.error.message).toMatch(/^Cơ sở dữ liệu tạm thời không trả lời/);
  expect(json.error.messageEn).toMatch(/^The database is not answering/);
  // Nothing from the driver, the ORM or the network reaches the client.
  expect(body).not.toMatch(/prisma|postgres|timeout|127\.0\.0\.1|ECONN|P10\d\d|at .*\.(ts|js)/i);
}

describe("the app's database client", () => {
  it("answers normally through the proxy", async () => {
    const res = await call(provinces.GET, "/api/v1/provinces", {});
    expect(res.status).toBe(200);
    expect((await res.json()).provinces).toHaveLength(63);
  });

  it("has Postgres cancel a statement longer than DATABASE_STATEMENT_TIMEOUT_MS", async () => {
    const r = await timed(() => appDb.$queryRaw`SELECT 1 AS one FROM pg_sleep(5)`);
    expect(r.error).toBeDefined();
    expect(isDatabaseUnavailable(r.error)).toBe(true);
    expect(r.ms).toBeLessThan(TIMEOUT_MS + 1500);
  });

  it("while the scripts' clients, without a statement timeout, run long statements to the end", async () => {
    const script = createPrismaClient(databaseUrl(), { poolMax: 1 });
    try {
      const r = await timed(() => script.$queryRaw`SELECT 1 AS one FROM pg_sleep(1.5)`);
      expect(r.error).toBeUndefined();
      expect(r.ms).toBeGreaterThanOrEqual(1400);
    } finally {
      await script.$disconnect();
    }
  });

  it("gives up on a frozen database within the timeouts, and the API answers a clean JSON 503", async () => {
    proxy.freeze();
    try {
      // An uncached request: a connection of the pool (frozen mid-way) and then a new one (never answered).
      for (let i = 0; i < 2; i++) {
        const r = await timed(() => call(provinces.GET, "/api/v1/provinces?format=csv", {}));
        expect(r.error).toBeUndefined();
        expect(r.ms).toBeLessThan(2 * TIMEOUT_MS + 1500);
        expectCleanUnavailable(r.value!.status, await r.value!.text());
        expect(r.value!.headers.get("retry-after")).toBe("30");
      }
    } finally {
      proxy.thaw();
    }
    // And recovers by itself once the database answers again.
    await expect.poll(async () => (await call(provinces.GET, "/api/v1/provinces", {})).status, { timeout: 10_000 }).toBe(200);
  });

  it("answers a clean JSON 503, not an empty 500, when the database server is gone", async () => {
    await proxy.close(); // connections cut, new ones refused
    const res = await call(provinces.GET, "/api/v1/provinces?format=csv", {});
    expectCleanUnavailable(res.status, await res.text());
  });
});
