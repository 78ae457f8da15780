// The response cache in front of Next (server/response-cache.ts), over real HTTP: an upstream that answers
// as Next does (headers set one by one, compression when asked, x-nextjs-cache), a client that counts how
// often the upstream was reached.
import { createServer, get as httpGet, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { isPublicPath } from "../../server/public-paths";
import { acceptsGzip, ResponseCache, sharedMaxAge } from "../../server/response-cache";

type Upstream = (req: IncomingMessage, res: ServerResponse) => void;

const PAGE_CC = "s-maxage=3600, stale-while-revalidate=31532400";
const page = (body: string, extra: Record<string, string> = {}): Upstream => (req, res) => {
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", PAGE_CC);
  res.setHeader("x-nextjs-cache", "HIT");
  res.setHeader("ETag", `"${body.length}"`);
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  // As Next does: compress when the client asks for it.
  if (/gzip/.test(String(req.headers["accept-encoding"] ?? ""))) {
    res.setHeader("Content-Encoding", "gzip");
    res.end(gzipSync(body));
  } else res.end(body);
};

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function setup(upstream: Upstream, opts: { maxBytes?: number; now?: () => number; holdMs?: number } = {}) {
  const cache = new ResponseCache({ cacheable: isPublicPath, maxBytes: opts.maxBytes ?? 10_000_000, now: opts.now, holdMs: opts.holdMs ?? 0 });
  let calls = 0;
  server = createServer((req, res) => cache.handle(req, res, () => { calls++; upstream(req, res); }));
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(origin + path, init);
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  // fetch() decompresses on its own; this one shows the bytes as they came.
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      httpGet(origin + path, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });
  return { cache, get, raw, origin, calls: () => calls };
}

describe("the response cache", () => {
  it("answers a public page from memory the second time, byte for byte", async () => {
    const t = await setup(page("<p>Thái Nguyên: 208 HTX</p>"));
    const first = await t.get("/tinh/thai-nguyen");
    const second = await t.get("/tinh/thai-nguyen");
    expect(t.calls()).toBe(1);
    expect(second.text).toBe(first.text);
    expect(second.text).toBe("<p>Thái Nguyên: 208 HTX</p>");
    expect(first.headers.get("x-htx-cache")).toBeNull();
    expect(second.headers.get("x-htx-cache")).toBe("HIT");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(second.headers.get("cache-control")).toBe(PAGE_CC);
    expect(second.headers.get("vary")).toMatch(/Accept-Encoding/);
  });

  it("keeps the plain body even when the first client asked for gzip, and gzips it for those who ask", async () => {
    const body = "<p>7.250 thành viên</p>".repeat(200);
    const t = await setup(page(body));
    await t.raw("/", { "accept-encoding": "gzip" });
    const plain = await t.raw("/", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(body);
    // Compressed off the main thread on the first request that asks; plain until it is ready.
    await t.raw("/", { "accept-encoding": "gzip, deflate" });
    await expect.poll(async () => (await t.raw("/", { "accept-encoding": "gzip, deflate" })).headers["content-encoding"]).toBe("gzip");
    const gzipped = await t.raw("/", { "accept-encoding": "gzip, deflate" });
    expect(gunzipSync(gzipped.body).toString()).toBe(body);
    expect(t.calls()).toBe(1);
    expect(t.cache.stats().bytes).toBeGreaterThan(body.length); // the gzip counts against the bound too
  });

  it("answers a matching If-None-Match with 304 and HEAD without a body", async () => {
    const t = await setup(page("abc"));
    await t.get("/so-sanh");
    const conditional = await t.get("/so-sanh", { headers: { "if-none-match": '"3"' } });
    expect(conditional.status).toBe(304);
    const head = await fetch(`${t.origin}/so-sanh`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("3");
    expect(t.calls()).toBe(1);
  });

  it("keys on the whole address: another query string is another answer", async () => {
    const t = await setup((req, res) => page(`answer for ${req.url}`)(req, res));
    expect((await t.get("/api/v1/provinces/thai-nguyen/terms/2013-2018/progress")).text).toContain("progress");
    expect((await t.get("/api/v1/provinces/thai-nguyen/terms/2013-2018/progress?format=csv")).text).toContain("format=csv");
    expect(t.calls()).toBe(2);
  });

  it.each([
    ["a private answer", "/tinh/x", page("p", { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" })],
    ["an answer with max-age=0", "/tinh/x", page("p", { "Cache-Control": "public, max-age=0" })],
    ["an answer that sets a cookie", "/tinh/x", page("p", { "Set-Cookie": "a=b" })],
    ["a stale page (Next is rendering a fresh one)", "/tinh/x", page("p", { "x-nextjs-cache": "STALE" })],
    ["a 404", "/tinh/x", (_req: IncomingMessage, res: ServerResponse) => { res.statusCode = 404; res.setHeader("Cache-Control", PAGE_CC); res.end("no"); }],
    ["the dashboard", "/quan-ly", page("p")],
    ["the login page", "/dang-nhap", page("p")],
    ["Next's own files", "/_next/static/chunks/a.js", page("p", { "Cache-Control": "public, max-age=31536000, immutable" })],
    ["a register export", "/api/v1/provinces/thai-nguyen/register/export", page("p")],
  ])("never keeps %s", async (_label, path, upstream) => {
    const t = await setup(upstream as Upstream);
    await t.get(path);
    await t.get(path);
    expect(t.calls()).toBe(2);
    expect(t.cache.stats().entries).toBe(0);
  });

  it.each([
    ["Next's client navigation (rsc header)", { rsc: "1" }],
    ["a server action", { "next-action": "abc" }],
    ["a request with credentials", { authorization: "Bearer x" }],
  ])("passes %s through untouched", async (_label, headers) => {
    const t = await setup(page("p"));
    await t.get("/");
    await t.get("/", { headers });
    expect(t.calls()).toBe(2);
  });

  it("passes POST through and keeps nothing of it", async () => {
    const t = await setup(page("p"));
    await t.get("/tinh/x", { method: "POST", body: "a" });
    await t.get("/tinh/x", { method: "POST", body: "a" });
    expect(t.calls()).toBe(2);
  });

  it("forgets everything on invalidate(), approvals' signal", async () => {
    let figure = "208";
    const t = await setup((req, res) => page(figure)(req, res));
    expect((await t.get("/")).text).toBe("208");
    figure = "215";
    expect((await t.get("/")).text).toBe("208");
    t.cache.invalidate();
    expect((await t.get("/")).text).toBe("215");
    expect((await t.get("/")).text).toBe("215");
    expect(t.calls()).toBe(2);
  });

  it("does not keep an answer that was being produced when invalidate() came", async () => {
    let release: () => void = () => {};
    const t = await setup((req, res) => {
      res.setHeader("Cache-Control", PAGE_CC);
      new Promise<void>((r) => (release = r)).then(() => res.end("old figures"));
    });
    const inFlight = t.get("/");
    await new Promise((r) => setTimeout(r, 50));
    t.cache.invalidate();
    release();
    expect((await inFlight).text).toBe("old figures");
    expect(t.cache.stats().entries).toBe(0);
  });

  it("keeps nothing for a moment after invalidate(), while Next may still serve its old entry", async () => {
    let clock = 1_000_000;
    const t = await setup(page("p"), { now: () => clock, holdMs: 1000 });
    t.cache.invalidate();
    await t.get("/");
    expect(t.cache.stats().entries).toBe(0);
    clock += 1001;
    await t.get("/");
    expect(t.cache.stats().entries).toBe(1);
  });

  it("lets an answer go after its s-maxage or max-age", async () => {
    let clock = 1_000_000;
    const t = await setup(page("p", { "Cache-Control": "public, max-age=60" }), { now: () => clock });
    await t.get("/api/v1/provinces");
    clock += 59_000;
    await t.get("/api/v1/provinces");
    expect(t.calls()).toBe(1);
    clock += 2_000;
    await t.get("/api/v1/provinces");
    expect(t.calls()).toBe(2);
  });

  it("stays under its size bound by dropping the least recently used answers", async () => {
    const t = await setup((req, res) => page("x".repeat(400))(req, res), { maxBytes: 1000 });
    await t.get("/tinh/a");
    await t.get("/tinh/b");
    await t.get("/tinh/a"); // a is now the most recent
    await t.get("/tinh/c"); // over the bound: b goes
    expect(t.cache.stats().bytes).toBeLessThanOrEqual(1000);
    const before = t.calls();
    await t.get("/tinh/a");
    expect(t.calls()).toBe(before);
    await t.get("/tinh/b");
    expect(t.calls()).toBe(before + 1);
  });
});

describe("what may be cached", () => {
  it("is the public pages in both languages and the public API, nothing else", () => {
    for (const p of ["/", "/en", "/en/", "/tinh/thai-nguyen", "/en/tinh/thai-nguyen/nhiem-ky/2013-2018", "/so-sanh", "/en/so-sanh", "/api/v1/provinces", "/api/v1/provinces/thai-nguyen/reports", "/api/v1/provinces/thai-nguyen/terms/2013-2018/progress"]) {
      expect(isPublicPath(p), p).toBe(true);
    }
    for (const p of ["/quan-ly", "/en/quan-ly/bao-cao/thai-nguyen/2024", "/dang-nhap", "/tai-khoan/mat-khau", "/api/auth/session", "/api/v1/import/templates/report", "/api/v1/provinces/thai-nguyen/register/export", "/_next/static/x.js", "/bench-floor.txt", "/enx", "/so-sanhx"]) {
      expect(isPublicPath(p), p).toBe(false);
    }
  });

  it("reads Cache-Control as a shared cache does", () => {
    expect(sharedMaxAge("s-maxage=3600, stale-while-revalidate=31532400")).toBe(3600);
    expect(sharedMaxAge("public, max-age=60, stale-while-revalidate=3600")).toBe(60);
    expect(sharedMaxAge("max-age=60")).toBe(0); // not marked public: a browser's, not ours
    expect(sharedMaxAge("private, no-store")).toBe(0);
    expect(sharedMaxAge("public, no-cache")).toBe(0);
    expect(sharedMaxAge("s-maxage=99999")).toBe(3600);
    expect(sharedMaxAge(undefined)).toBe(0);
  });

  it("reads Accept-Encoding, q-values included", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
