// What the production server does at its edge (server/edge.ts): security headers on every kind of answer, no
// framing by a foreign page, server actions refused from other origins or when malformed, JSON from every /api/v1
// address, signing in at 127.0.0.1 as at localhost, Secure cookies and HSTS behind an https public URL, and a
// frozen database answered quickly and cleanly while cached pages keep answering. Decision 0011.
import { readFileSync } from "node:fs";
import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { startOwnServer, type OwnServer } from "./own-server";

function expectSecurityHeaders(res: APIResponse | Response, opts: { https?: boolean } = {}) {
  const get = (name: string) => ("headersArray" in res ? res.headers()[name] : res.headers.get(name)) ?? undefined;
  const csp = get("content-security-policy");
  expect(csp, `CSP on ${res.url}`).toBeDefined();
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) expect(csp).toContain(directive);
  expect(csp).not.toContain("unsafe-eval");
  expect(get("x-content-type-options")).toBe("nosniff");
  expect(get("x-frame-options")).toBe("DENY");
  expect(get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(get("permissions-policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(get("cross-origin-opener-policy")).toBe("same-origin");
  if (opts.https) expect(get("strict-transport-security")).toMatch(/^max-age=\d{7,}/);
  else expect(get("strict-transport-security")).toBeUndefined();
}

const actionIds = (): string[] => {
  const manifest = JSON.parse(readFileSync(`${process.env.HTX_DIST_DIR ?? ".next"}/server/server-reference-manifest.json`, "utf8"));
  return Object.keys(manifest.node);
};

test.describe("security headers", () => {
  test("are on every kind of answer: page, cached page, API, 404s, redirects, static files, login", async ({ request, baseURL }) => {
    const home = await request.get("/");
    expect(home.status()).toBe(200);
    expectSecurityHeaders(home);
    const again = await request.get("/");
    expect(again.headers()["x-htx-cache"]).toBe("HIT");
    expectSecurityHeaders(again);
    const script = /\/_next\/static\/[^"]+\.js/.exec(await home.text())![0];
    const answers = [
      [script, 200], ["/bench-floor.txt", 200], ["/icon.svg", 200], ["/tinh/thai-nguyen", 200], ["/en/so-sanh", 200],
      ["/api/v1/provinces", 200], ["/api/v1/provinces?format=csv", 200], ["/api/v1/khong-co", 404], ["/api/auth/csrf", 200],
      ["/khong-co-trang-nay", 404], ["/vi/so-sanh", 308], ["/quan-ly", 307], ["/dang-nhap", 200],
    ] as const;
    for (const [path, status] of answers) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(status);
      expectSecurityHeaders(res);
    }
    // A client cannot talk the server into HSTS (or anything else) by claiming a proxy said https.
    const forged = await request.get("/so-sanh", { headers: { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" } });
    expectSecurityHeaders(forged);
    expect(baseURL).toMatch(/^http:/);
  });

  test("a foreign page cannot frame the app", async ({ page, baseURL, consoleErrors }) => {
    // A page of no origin of the app's (about:blank, written by the test) frames the admin's users page.
    await page.setContent(`<!doctype html><h1>foreign</h1><iframe id="f" src="${baseURL}/quan-ly/nguoi-dung"></iframe>`);
    // Chromium puts its error page in a frame it refused to load; a frame it allowed shows the app (its login).
    await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
    expect(page.frames().map((f) => f.url()).filter((u) => u.startsWith(baseURL!))).toEqual([]);
    await expect(page.locator("h1")).toHaveText("foreign");
    // Chromium logs the refusal as a console error: here it is the expected outcome.
    await expect.poll(() => consoleErrors.join("\n")).toMatch(/frame-ancestors 'none'/);
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/frame-ancestors|X-Frame-Options/i.test(e)));
  });
});

test.describe("server actions", () => {
  const post = (request: import("@playwright/test").APIRequestContext, path: string, headers: Record<string, string>, data: string) =>
    request.post(path, { headers: { "content-type": "text/plain;charset=UTF-8", ...headers }, data, maxRedirects: 0 });

  test("from another origin, or with no origin, are refused with a JSON 403", async ({ request, baseURL }) => {
    const [id] = actionIds();
    for (const origin of ["http://evil.example", "null", undefined]) {
      const res = await post(request, "/dang-nhap", { "next-action": id!, ...(origin ? { origin } : {}) }, "[]");
      expect(res.status(), String(origin)).toBe(403);
      expect((await res.json()).error.code).toBe("CROSS_SITE");
      expectSecurityHeaders(res);
    }
    // A form posted to a page without scripts (no Next-Action header) from elsewhere: the same.
    const form = await request.post("/dang-nhap", { headers: { origin: "http://evil.example" }, multipart: { $ACTION_ID_x: "" }, maxRedirects: 0 });
    expect(form.status()).toBe(403);
    expect(baseURL).toBeDefined();
  });

  test("that are malformed or unknown are refused with a JSON 400", async ({ request, baseURL }) => {
    const [id] = actionIds();
    const origin = baseURL!;
    const cases: [string, Record<string, string>, string][] = [
      ["garbage id", { "next-action": "garbage" }, "[]"],
      ["unknown id", { "next-action": "7f" + "0".repeat(40) }, "[]"],
      ["body not JSON", { "next-action": id! }, "{{{not json"],
      ["wrong content type", { "next-action": id!, "content-type": "application/xml" }, "<x/>"],
    ];
    for (const [label, headers, body] of cases) {
      const res = await post(request, "/dang-nhap", { origin, ...headers }, body);
      expect(res.status(), label).toBe(400);
      expect((await res.json()).error.code, label).toBe("BAD_ACTION");
    }
  });
});

test("every /api/v1 address answers JSON: unknown ones a 404 for any method, a method a route lacks a 405", async ({ request }) => {
  for (const method of ["GET", "POST", "PUT", "DELETE", "PATCH"]) {
    for (const path of ["/api/v1/khong-co", "/api/v1/provinces/thai-nguyen/khong-co/1", "/api/v1"]) {
      const res = await request.fetch(path, { method, headers: { origin: "http://localhost" } });
      expect(res.status(), `${method} ${path}`).toBe(404);
      expect(res.headers()["content-type"]).toContain("application/json");
      const body = await res.json();
      expect(body.error).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("Không có địa chỉ này") });
    }
  }
  // A known address, a method it does not take: Next's empty 405 becomes JSON too.
  for (const [method, path] of [["DELETE", "/api/v1/provinces"], ["PATCH", "/api/v1/provinces/thai-nguyen/reports/2020"], ["POST", "/api/v1/provinces/thai-nguyen/terms"]]) {
    const res = await request.fetch(path!, { method, headers: { origin: "http://localhost" } });
    expect(res.status(), `${method} ${path}`).toBe(405);
    expect((await res.json()).error.code).toBe("METHOD_NOT_ALLOWED");
    expectSecurityHeaders(res);
  }
});

test.describe("signing in at 127.0.0.1", () => {
  test.use({ baseURL: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3199)}` });
  test("works as at localhost: signing in and out never sends the browser to another host", async ({ page, baseURL }) => {
    await page.goto("/quan-ly/nhat-ky");
    await page.getByLabel("Email").fill("committee@demo.local");
    await page.getByLabel("Mật khẩu").fill("demo-password");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(`${baseURL}/quan-ly/nhat-ky`);
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    const cookies = await page.context().cookies(baseURL);
    expect(cookies.find((c) => c.name === "next-auth.session-token")).toMatchObject({ domain: "127.0.0.1", secure: false, httpOnly: true });
    // next-auth builds the address after signing out from its own idea of the site's URL: the host in use.
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
    await page.goto("/quan-ly");
    await expect(page).toHaveURL(/\/dang-nhap\?back=/);
  });
});

test.describe("an https public URL and a database that hangs", () => {
  test.describe.configure({ timeout: 240_000 });
  let own: OwnServer;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    own = await startOwnServer({ PUBLIC_URL: "https://htx.example.gov.vn", DATABASE_STATEMENT_TIMEOUT_MS: "1500", DATABASE_CONNECT_TIMEOUT_MS: "1500" });
  });
  test.afterAll(async () => {
    await own?.stop();
  });

  /** Signs in through next-auth's own endpoints, as its client does; returns the Set-Cookie of the session. */
  async function signIn(): Promise<{ setCookie: string | undefined; response: Response }> {
    const csrf = await fetch(`${own.origin}/api/auth/csrf`);
    const csrfCookie = csrf.headers.getSetCookie().find((c) => c.startsWith("__Host-next-auth.csrf-token="))!;
    expect(csrfCookie).toMatch(/;\s*Secure/i);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${own.origin}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie.split(";")[0]! },
      body: new URLSearchParams({ csrfToken, email: "committee@demo.local", password: "demo-password", json: "true" }),
    });
    return { setCookie: response.headers.getSetCookie().find((c) => c.startsWith("__Secure-next-auth.session-token=")), response };
  }

  test("the session cookie is Secure and every answer carries HSTS", async () => {
    const csrf = await fetch(`${own.origin}/api/auth/csrf`);
    expectSecurityHeaders(csrf, { https: true });
    expect(csrf.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const { setCookie, response } = await signIn();
    expect(setCookie, response.headers.getSetCookie().join("\n")).toBeDefined();
    expect(setCookie).toMatch(/;\s*Secure/i);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expectSecurityHeaders(response, { https: true });
  });

  test("cached pages keep answering, uncached requests fail fast with a clean message", async () => {
    const session = (await signIn()).setCookie!.split(";")[0]!;
    for (const path of ["/", "/", "/api/v1/provinces", "/api/v1/provinces"]) expect((await fetch(own.origin + path)).status).toBe(200);
    expect((await fetch(`${own.origin}/quan-ly`, { headers: { cookie: session } })).status).toBe(200);
    own.database.freeze();
    try {
      let start = Date.now();
      const home = await fetch(`${own.origin}/`);
      expect(home.status).toBe(200);
      expect(home.headers.get("x-htx-cache")).toBe("HIT");
      expect(Date.now() - start).toBeLessThan(1000);

      start = Date.now();
      const api = await fetch(`${own.origin}/api/v1/provinces?format=csv`);
      const apiBody = await api.text();
      expect(Date.now() - start).toBeLessThan(8000);
      expect(api.status).toBe(503);
      expect(JSON.parse(apiBody).error.message).toMatch(/^Cơ sở dữ liệu tạm thời không trả lời/);
      expect(apiBody).not.toMatch(/prisma|postgres|timeout|127\.0\.0\.1/i);

      // A page that reads the database on every request: the friendly error page, in seconds.
      start = Date.now();
      const page = await fetch(`${own.origin}/quan-ly`, { headers: { cookie: session } });
      const html = await page.text();
      expect(Date.now() - start).toBeLessThan(8000);
      expect(html).toContain("Chưa tải được trang");
      expect(html).not.toMatch(/prisma|Query read timeout|Connection terminated|127\.0\.0\.1:\d+\/|at [\w.]+ \(/i);
    } finally {
      own.database.thaw();
    }
  });
});
