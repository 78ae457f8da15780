// What is approved is public at once, on every instance (decision 0016): two production servers (server/main.ts)
// on one Postgres with the demo data and its accounts. Staff approve and reopen through instance A; the very next
// request to A or B shows the change (no first stale read): each instance reads the generation before its cache
// answers (GenerationWatch.fresh), so this holds even with their listening connections cut, and they listen again
// afterwards. Public answers carry
// the generation's ETag and at most five minutes for a shared cache.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { BrowserContext, Page } from "@playwright/test";
import { freePort, startServer } from "@/scripts/lib/bench-server";
import { demoDatabase } from "@/tests/support/demo-db";
import { expect, test } from "./fixtures";
import { loginAs } from "./login";

const root = join(import.meta.dirname, "..", "..");
const stops: (() => Promise<void> | void)[] = [];
let dbUrl = "";
let A = "";
let B = "";
const contexts: BrowserContext[] = [];

const YEAR = 2025;
const REPORT = `/api/v1/provinces/thai-nguyen/reports/${YEAR}`;
// Where a 2025 figure of Thái Nguyên shows: the summary, the province page, the comparison and the open data.
const PLACES = ["/", "/tinh/thai-nguyen", `/so-sanh?chi-tieu=coops_total&nam=${YEAR}`, `/api/v1/provinces/thai-nguyen/reports?from=${YEAR}&to=${YEAR}`];
const shows = (body: string) => body.includes("4.321") || body.includes('"value":4321');

test.skip(!process.env.DATABASE_URL, "two instances share a Postgres server (DATABASE_URL); the embedded database serves one process");
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const tmp = mkdtempSync(join(tmpdir(), "htx-publishing-"));
  stops.push(() => rmSync(tmp, { recursive: true, force: true }));
  dbUrl = await demoDatabase("htx_e2e_publishing", tmp, stops);
  const origins: string[] = [];
  for (const name of ["a", "b"]) {
    const server = await startServer({
      root, databaseUrl: dbUrl, port: await freePort(), logFile: join(tmp, `app-${name}.log`),
      env: { NEXTAUTH_SECRET: "publishing-spec-secret-of-at-least-thirty-two-chars", DATABASE_POOL_MAX: "3" },
    });
    stops.push(() => server.stop());
    origins.push(server.origin);
  }
  [A, B] = origins;
});

test.afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  for (const s of stops.reverse()) await Promise.resolve(s()).catch(() => undefined);
});

async function read(origin: string, path: string) {
  const res = await fetch(origin + path);
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** A browser signed in on instance A, for its API calls (same origin, the session cookie). */
async function staff(browser: import("@playwright/test").Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: A });
  contexts.push(context);
  const page = await context.newPage();
  await loginAs(page, email);
  return page;
}

async function post(page: Page, path: string, data: unknown) {
  const res = await page.request.post(path, { data });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
}

async function listeners(): Promise<number> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    return (await c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`)).rows[0].n;
  } finally {
    await c.end();
  }
}

test("an approval through one instance is public at once on both, even with their listeners cut; a reopening withdraws it the same way", async ({ browser }) => {
  // Both instances hold every place in their caches, without the figure.
  for (const origin of [A, B]) for (const p of PLACES) {
    await read(origin, p);
    const again = await read(origin, p);
    expect(again.headers.get("x-htx-cache"), `${origin}${p}`).toBe("HIT");
    expect(shows(again.body), `${origin}${p}`).toBe(false);
  }
  const editor = await staff(browser, "editor.thai-nguyen@demo.local");
  const approver = await staff(browser, "approver.thai-nguyen@demo.local");
  const admin = await staff(browser, "admin@demo.local");
  const put = await editor.request.put(REPORT, { data: { version: 0, values: { coops_total: 4321 }, explanations: { coops_total: "Tỉnh mới sau sáp nhập" } } });
  expect(put.status(), await put.text()).toBe(200);
  await post(editor, `${REPORT}/submit`, { confirmGaps: true });
  // A draft and a submission change nothing public: the caches still answer.
  expect((await read(B, "/tinh/thai-nguyen")).headers.get("x-htx-cache")).toBe("HIT");

  await post(approver, `${REPORT}/approve`, {});
  // The very next request to A: no first stale read, on every place.
  for (const p of PLACES) expect(shows((await read(A, p)).body), `first read of ${A}${p} after the approval`).toBe(true);
  for (const p of PLACES) expect(shows((await read(B, p)).body), `first read of ${B}${p} after the approval`).toBe(true);

  await post(admin, `${REPORT}/reopen`, { comment: "Số liệu cần kiểm tra lại" });
  for (const p of PLACES) expect(shows((await read(A, p)).body), `first read of ${A}${p} after the reopening`).toBe(false);
  for (const p of PLACES) expect(shows((await read(B, p)).body), `first read of ${B}${p} after the reopening`).toBe(false);

  // Cut both instances' listening connections; the next approval still reaches B within a second.
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    expect(await listeners()).toBe(2);
    const cut = await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`);
    expect(cut.rowCount).toBe(2);
  } finally {
    await c.end();
  }
  await post(editor, `${REPORT}/submit`, { confirmGaps: true });
  await post(approver, `${REPORT}/approve`, {});
  for (const origin of [A, B]) for (const p of PLACES) expect(shows((await read(origin, p)).body), `${origin}${p} after the cut`).toBe(true);
  // And each instance listens again (backoff from 250 ms).
  await expect.poll(listeners, { timeout: 10_000 }).toBe(2);
});

test("public answers carry an ETag of the generation and at most five minutes for a shared cache", async () => {
  for (const p of ["/tinh/thai-nguyen", "/en/tinh/thai-nguyen", "/api/v1/provinces"]) {
    await read(B, p);
    const hit = await read(B, p);
    expect(hit.headers.get("cache-control"), p).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=240");
    const etag = hit.headers.get("etag")!;
    expect(etag, p).toMatch(/^"[0-9a-z]+-[A-Za-z0-9_-]{20}"$/);
    const conditional = await fetch(B + p, { headers: { "if-none-match": etag } });
    expect(conditional.status, p).toBe(304);
  }
  // Signed-in pages stay private.
  const login = await read(B, "/dang-nhap");
  expect(login.headers.get("cache-control")).toMatch(/no-store/);
});
