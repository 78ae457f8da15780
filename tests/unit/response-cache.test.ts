// The one cache of public answers (server/response-cache.ts), over real HTTP: an upstream that answers as Next
// does (headers set one by one, compression when asked; pages say "private, no-store" as Next's dynamic pages
// do), a client that counts how often the upstream was reached. Decision 0016.
import { createServer, get as httpGet, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache/headers";
import { acceptsGzip, etagFor, etagMatches, saysPublic } from "@/server/http-rules";
import { isPublicPath, publicPathKind } from "@/server/public-paths";
import { ResponseCache } from "@/server/response-cache";

type Upstream = (req: IncomingMessage, res: ServerResponse) => void;

const NEXT_DYNAMIC_CC = "private, no-cache, no-store, max-age=0, must-revalidate";
const API_CC = PUBLIC_CACHE_CONTROL;
const page = (body: string, extra: Record<string, string> = {}): Upstream => (req, res) => {
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", NEXT_DYNAMIC_CC);
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  // As Next does: compress when the client asks for it.
  if (/gzip/.test(String(req.headers["accept-encoding"] ?? ""))) {
    res.setHeader("Content-Encoding", "gzip");
    res.end(gzipSync(body));
  } else res.end(body);
};
const api = (body: string, cc = API_CC): Upstream => (_req, res) => {
  res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": cc });
  res.end(body);
};

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function setup(upstream: Upstream, opts: { maxBytes?: number; ttlMs?: number; generation?: bigint | null } = {}) {
  const cache = new ResponseCache({ kind: publicPathKind, maxBytes: opts.maxBytes ?? 10_000_000, ttlMs: opts.ttlMs });
  if (opts.generation !== null) cache.learn(opts.generation ?? 1n);
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
  it("answers a public page from memory the second time, byte for byte, marked for shared caches", async () => {
    const t = await setup(page("<p>Thái Nguyên: 208 HTX</p>"));
    const first = await t.get("/tinh/thai-nguyen");
    const second = await t.get("/tinh/thai-nguyen");
    expect(t.calls()).toBe(1);
    expect(second.text).toBe("<p>Thái Nguyên: 208 HTX</p>");
    expect(first.text).toBe(second.text);
    expect(first.headers.get("x-htx-cache")).toBe("MISS");
    expect(second.headers.get("x-htx-cache")).toBe("HIT");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    // Next's "private, no-store" of a dynamic page is replaced: at most 5 minutes in a CDN, revalidated by browsers.
    expect(first.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=240");
    expect(second.headers.get("etag")).toMatch(/^"1-[A-Za-z0-9_-]{20}"$/);
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
    const etag = (await t.get("/so-sanh")).headers.get("etag")!;
    expect((await t.get("/so-sanh", { headers: { "if-none-match": etag } })).status).toBe(304);
    expect((await t.get("/so-sanh", { headers: { "if-none-match": `"x", W/${etag}` } })).status).toBe(304);
    expect((await t.get("/so-sanh", { headers: { "if-none-match": '"other"' } })).status).toBe(200);
    const head = await fetch(`${t.origin}/so-sanh`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("3");
    expect(t.calls()).toBe(1);
  });

  it("keys on the whole address: another query string is another answer", async () => {
    const t = await setup((req, res) => api(`answer for ${req.url}`)(req, res));
    expect((await t.get("/api/v1/provinces/thai-nguyen/terms/2013-2018/progress")).text).toContain("progress");
    expect((await t.get("/api/v1/provinces/thai-nguyen/terms/2013-2018/progress?format=csv")).text).toContain("format=csv");
    expect(t.calls()).toBe(2);
  });

  it.each([
    ["an API answer that is private (a staff-only variant)", "/api/v1/provinces/x/reports?status=all", api("p", "private, no-store")],
    ["an API answer that does not say public", "/api/v1/provinces", api("p", "max-age=60")],
    ["a page that sets a cookie", "/tinh/x", page("p", { "Set-Cookie": "a=b" })],
    ["a page that is not HTML", "/tinh/x", page("p", { "Content-Type": "text/x-component" })],
    ["a 404", "/tinh/x", (_req: IncomingMessage, res: ServerResponse) => { res.statusCode = 404; res.setHeader("Content-Type", "text/html"); res.end("no"); }],
    ["the dashboard", "/quan-ly", page("p")],
    ["the login page", "/dang-nhap", page("p")],
    ["Next's own files", "/_next/static/chunks/a.js", page("p", { "Cache-Control": "public, max-age=31536000, immutable" })],
    ["a register export", "/api/v1/provinces/thai-nguyen/register/export", api("p")],
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

  it("serves only the current generation: a newer one drops everything, an older one changes nothing", async () => {
    let figure = "208";
    const t = await setup((req, res) => page(figure)(req, res), { generation: 5n });
    expect((await t.get("/")).text).toBe("208");
    const etag5 = (await t.get("/")).headers.get("etag");
    figure = "215";
    t.cache.learn(4n); // a late poll or message: older than what we know
    expect((await t.get("/")).text).toBe("208");
    t.cache.learn(6n);
    expect(t.cache.stats().entries).toBe(0);
    const fresh = await t.get("/");
    expect(fresh.text).toBe("215");
    expect(fresh.headers.get("x-htx-cache")).toBe("MISS");
    expect((await t.get("/")).text).toBe("215");
    expect(t.calls()).toBe(2);
    // Same bytes under a new generation would still get a new ETag: a 304 never confirms an old publication.
    expect(etagFor(6n, Buffer.from("208"))).not.toBe(etag5);
  });

  it("keeps and serves nothing before the process knows the generation", async () => {
    const t = await setup(page("p"), { generation: null });
    await t.get("/");
    await t.get("/");
    expect(t.calls()).toBe(2);
    t.cache.learn(1n);
    await t.get("/");
    await t.get("/");
    expect(t.calls()).toBe(3);
  });

  it("does not keep an answer whose rendering began under a generation that is no longer current", async () => {
    let release: () => void = () => {};
    const t = await setup((_req, res) => {
      res.setHeader("Content-Type", "text/html");
      new Promise<void>((r) => (release = r)).then(() => res.end("old figures"));
    });
    const inFlight = t.get("/");
    await new Promise((r) => setTimeout(r, 50));
    t.cache.learn(2n); // an approval committed while the page was being rendered
    release();
    const answer = await inFlight;
    expect(answer.text).toBe("old figures");
    expect(answer.headers.get("cache-control")).toBe("no-store"); // nor may a CDN keep it
    expect(t.cache.stats().entries).toBe(0);
  });

  it("renders concurrent misses of one address once and answers all of them", async () => {
    let release: () => void = () => {};
    const t = await setup((_req, res) => {
      res.setHeader("Content-Type", "text/html");
      new Promise<void>((r) => (release = r)).then(() => res.end("208"));
    });
    const answers = Promise.all(Array.from({ length: 8 }, () => t.get("/tinh/thai-nguyen")));
    await new Promise((r) => setTimeout(r, 100));
    release();
    const all = await answers;
    expect(all.map((a) => a.text)).toEqual(Array(8).fill("208"));
    expect(t.calls()).toBe(1);
  });

  it("lets waiting requests through to the app when the first answer is not kept", async () => {
    let release: () => void = () => {};
    let n = 0;
    const t = await setup((_req, res) => {
      res.statusCode = 404;
      if (n++ > 0) return void res.end("none"); // those that waited: at once
      new Promise<void>((r) => (release = r)).then(() => res.end("none"));
    });
    const answers = Promise.all(Array.from({ length: 3 }, () => t.get("/tinh/x")));
    await new Promise((r) => setTimeout(r, 100));
    expect(t.calls()).toBe(1);
    release();
    expect((await answers).map((a) => a.status)).toEqual([404, 404, 404]);
    expect(t.calls()).toBe(3);
  });

  it("lets an answer go after its time to live (pages say 'this year')", async () => {
    const t = await setup(page("p"), { ttlMs: 100 });
    await t.get("/");
    await t.get("/");
    expect(t.calls()).toBe(1);
    await new Promise((r) => setTimeout(r, 150));
    await t.get("/");
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
    for (const p of ["/", "/en", "/en/", "/tinh/thai-nguyen", "/en/tinh/thai-nguyen/nhiem-ky/2013-2018", "/so-sanh", "/en/so-sanh", "/tinh", "/ban-do", "/en/ban-do", "/trinh-chieu", "/en/trinh-chieu/"]) {
      expect(publicPathKind(p), p).toBe("page");
    }
    for (const p of ["/api/v1/provinces", "/api/v1/provinces/thai-nguyen/reports", "/api/v1/provinces/thai-nguyen/terms/2013-2018/progress", "/api/v1/provinces/thai-nguyen/terms/2013-2018/slides.pptx", "/api/v1/compare"]) {
      expect(publicPathKind(p), p).toBe("api");
    }
    for (const p of ["/quan-ly", "/en/quan-ly/bao-cao/thai-nguyen/2024", "/dang-nhap", "/tai-khoan/mat-khau", "/api/auth/session", "/api/health", "/api/v1/import/templates/report", "/api/v1/provinces/thai-nguyen/register/export", "/_next/static/x.js", "/bench-floor.txt", "/enx", "/so-sanhx", "/ban-dox", "/trinh-chieu/x", "/api/v1/comparex"]) {
      expect(isPublicPath(p), p).toBe(false);
    }
  });

  it("keeps an API answer only when it says public", () => {
    expect(saysPublic(PUBLIC_CACHE_CONTROL)).toBe(true);
    expect(saysPublic("max-age=60")).toBe(false);
    expect(saysPublic("private, no-store")).toBe(false);
    expect(saysPublic("public, no-cache")).toBe(false);
    expect(saysPublic(undefined)).toBe(false);
  });

  it("compares ETags as If-None-Match does", () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"b", "a"', '"a"')).toBe(true);
    expect(etagMatches("*", '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
    expect(etagMatches(undefined, '"a"')).toBe(false);
  });

  it("reads Accept-Encoding, q-values included", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
