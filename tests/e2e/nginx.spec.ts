// deploy/htx.conf for real: nginx (with a temporary prefix, its ports and paths replaced by scripts/lib/nginx.ts)
// in front of two production servers (server/main.ts, TRUST_PROXY_HOPS=1) on one database with the demo data.
// Public pages arrive through it with the app's security headers and from both instances, the micro-cache keeps
// public answers and never signed-in ones, /api/health passes uncached, and each request's id reaches the app's
// request log. Skipped when nginx is not installed (Debian: apt-get install nginx).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startServer } from "@/scripts/lib/bench-server";
import { demoDatabase } from "@/tests/support/demo-db";
import { nginxBinary, startNginx, type Nginx } from "@/scripts/lib/nginx";
import { expect, test } from "./fixtures";

const root = join(import.meta.dirname, "..", "..");
const stops: (() => Promise<void> | void)[] = [];
let nginx: Nginx;
let appLogs: string[] = [];

test.skip(!nginxBinary(), "nginx is not installed (apt-get install -y nginx): deploy/htx.conf is not tried");
test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const tmp = mkdtempSync(join(tmpdir(), "htx-nginx-e2e-"));
  stops.push(() => rmSync(tmp, { recursive: true, force: true }));
  const url = await demoDatabase("htx_e2e_nginx", tmp, stops);
  const ports = [await freePort(), await freePort()];
  appLogs = ports.map((p) => join(tmp, `app-${p}.log`));
  for (const [i, port] of ports.entries()) {
    const server = await startServer({
      root, databaseUrl: url, port, logFile: appLogs[i],
      env: { NEXTAUTH_SECRET: "nginx-spec-secret-of-at-least-thirty-two-chars", DATABASE_POOL_MAX: "3", TRUST_PROXY_HOPS: "1", LOG_LEVEL: "info", LOG_DESTINATION: "stdout" },
    });
    stops.push(() => server.stop());
  }
  nginx = await startNginx(root, { port: await freePort(), upstreams: ports });
  stops.push(() => nginx.stop());
});

test.afterAll(async () => {
  for (const s of stops.reverse()) await Promise.resolve(s()).catch(() => undefined);
});

test("a public page arrives through nginx from both instances, with the app's security headers", async () => {
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const res = await fetch(`${nginx.origin}/tinh/thai-nguyen?lan=${i}`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Thái Nguyên");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    // nginx sets X-Forwarded-Proto itself: a client's "https" over plain HTTP does not reach the app (no HSTS).
    expect(res.headers.get("strict-transport-security")).toBeNull();
  }
  const log = readFileSync(join(nginx.prefix, "access.log"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  for (const line of log) if (line.path.startsWith("/tinh/thai-nguyen?lan=")) seen.add(line.upstream);
  expect(seen.size, "requests spread over both app processes").toBe(2);
});

test("the micro-cache keeps public answers, and never a signed-in one", async () => {
  const first = await fetch(`${nginx.origin}/so-sanh`);
  await first.text();
  expect(first.status).toBe(200);
  const second = await fetch(`${nginx.origin}/so-sanh`);
  await second.text();
  expect(second.headers.get("x-proxy-cache")).toBe("HIT");
  const staff = await fetch(`${nginx.origin}/so-sanh`, { headers: { cookie: "next-auth.session-token=abc" } });
  await staff.text();
  expect(staff.headers.get("x-proxy-cache")).toBe("BYPASS");
  const withAuth = await fetch(`${nginx.origin}/so-sanh`, { headers: { authorization: "Bearer x" } });
  await withAuth.text();
  expect(withAuth.headers.get("x-proxy-cache")).toBe("BYPASS");
  // The login page is private: passed through every time.
  for (let i = 0; i < 2; i++) {
    const login = await fetch(`${nginx.origin}/dang-nhap`);
    await login.text();
    expect(login.headers.get("x-proxy-cache")).not.toBe("HIT");
  }
});

test("/api/health passes through uncached and says the database answers", async () => {
  for (let i = 0; i < 2; i++) {
    const res = await fetch(`${nginx.origin}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-proxy-cache")).toBeNull();
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true } });
    expect(body).toHaveProperty("publishedGeneration");
  }
});

test("each request's id reaches an app's request log as one JSON line", async () => {
  const res = await fetch(`${nginx.origin}/tinh/ha-giang?id=1`);
  await res.text();
  await new Promise((r) => setTimeout(r, 300)); // nginx writes its log after the answer
  const proxied = readFileSync(join(nginx.prefix, "access.log"), "utf8").trim().split("\n").map((l) => JSON.parse(l)).find((l) => l.path === "/tinh/ha-giang?id=1");
  expect(proxied?.reqId).toMatch(/^[0-9a-f]{32}$/);
  // The app gathers its lines and writes them at least once a second (server/request-log.ts).
  const linesOf = () => appLogs.flatMap((f) => readFileSync(f, "utf8").split("\n")).filter((l) => l.includes(proxied.reqId));
  await expect.poll(() => linesOf().length, { timeout: 3000 }).toBe(1);
  const lines = linesOf();
  expect(JSON.parse(lines[0])).toMatchObject({ msg: "request", reqId: proxied.reqId, method: "GET", path: "/tinh/ha-giang?id=1", status: 200 });
});
