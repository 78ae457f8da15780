// The one cache of public answers: whole answers of the public pages and the open-data API, in front of Next.js,
// in the same process (docs/decisions/0016-one-cache.md). Its rules:
// - a request is answered from it when it is a GET/HEAD to a public path (server/public-paths.ts) without an
//   Authorization header or Next's client-navigation headers, keyed by host and URL;
// - every entry carries the published generation it was rendered under, and only the current one is served:
//   learn(g) (from NOTIFY, the poll, or the approving request itself) drops all older entries at once;
// - an answer is kept when it is a 200 without Set-Cookie, a page, or an API answer that says `public`, and
//   only if the generation it began under is still current when it ends (it may hold old and new figures);
// - until the process knows the generation (at start) nothing is kept or served;
// - concurrent misses of one key wait for the first one's answer (single flight);
// - kept answers go out with PUBLIC_CACHE_CONTROL and an ETag of generation and body (If-None-Match → 304); the
//   plain body is kept and gzipped once, in zlib's thread pool, when a client first asks for gzip.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache/headers";
import type { GenerationSink } from "@/lib/cache/response-cache-key";
import { acceptsGzip, etagFor, etagMatches, saysPublic } from "./http-rules";
import type { PublicKind } from "./public-paths";
import { recordAnswer, type Recorded } from "./record-answer";

export interface CacheOptions {
  /** What a path (without its query) is: a public page, the public API, or neither (never cached). */
  kind: (pathname: string) => PublicKind | null;
  /** Upper bound of the bodies kept, identity and gzip together, in bytes. */
  maxBytes: number;
  /** How long an answer is kept at most even if nothing is published (pages say "this year"): default 1 h. */
  ttlMs?: number;
}

interface Entry {
  generation: bigint;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** Made on the first request that asks for gzip, off the main thread; null until then. */
  gzip: Buffer | null;
  gzipping: boolean;
  etag: string;
}

/** Headers that belong to one connection or one response, never to the stored answer. */
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding", "x-htx-cache", "x-nextjs-cache", "etag", "cache-control"]);
/** Requests Next answers differently (client navigation, server actions): passed through untouched. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** Bodies under this size are not worth compressing. */
const GZIP_MIN_BYTES = 1024;

export class ResponseCache implements GenerationSink {
  private readonly entries: LRUCache<string, Entry>;
  /** Keys being rendered now, and the requests waiting for them. */
  private readonly inflight = new Map<string, Array<() => void>>();
  private current: bigint | null = null;

  constructor(private readonly options: CacheOptions) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: Math.max(1, options.maxBytes),
      sizeCalculation: (e, key) => e.body.length + (e.gzip?.length ?? 0) + key.length,
      ttl: options.ttlMs ?? 3_600_000,
    });
  }

  /** The published generation this process knows, or null before it first learnt one. */
  get generation(): bigint | null {
    return this.current;
  }

  /** A committed generation: newer than ours, so everything kept is of the past and goes at once. */
  learn(generation: bigint): void {
    if (this.current !== null && generation <= this.current) return;
    this.current = generation;
    this.entries.clear();
  }

  stats(): { entries: number; bytes: number; generation: bigint | null } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize, generation: this.current };
  }

  /** Answers from the cache when it can; otherwise calls `upstream` and keeps its answer if allowed. */
  handle(req: IncomingMessage, res: ServerResponse, upstream: () => void, waited = false): void {
    const target = this.keyFor(req);
    if (!target) return upstream();
    const generation = this.current;
    if (generation === null) return upstream();
    const entry = this.entries.get(target.key);
    if (entry && entry.generation === generation) return this.serve(req, res, target.key, entry);
    res.setHeader("x-htx-cache", "MISS");
    if (req.method !== "GET") return upstream();
    const waiting = this.inflight.get(target.key);
    if (waiting && !waited) {
      waiting.push(() => this.handle(req, res, upstream, true));
      return;
    }
    if (waiting) return upstream(); // the first answer was not kept: render this one without waiting again
    this.inflight.set(target.key, []);
    // The stored body must be the plain one: Next compresses when asked, so this request does not ask.
    delete req.headers["accept-encoding"];
    recordAnswer(res, {
      // Headers are decided before the body: a page or public API answer is marked for shared caches, unless
      // the generation moved while it rendered (it may mix old and new figures).
      headersFor: (status, headers) => {
        if (!this.keepable(target.kind, status, headers)) return;
        headers["cache-control"] = generation === this.current ? PUBLIC_CACHE_CONTROL : "no-store";
      },
      done: (answer) => {
        if (answer) this.store(target.key, target.kind, generation, answer);
        this.release(target.key);
      },
    });
    upstream();
  }

  /** Whether this request is one the cache may answer (a public GET or HEAD without session or router headers). */
  mayAnswer(req: IncomingMessage): boolean {
    return this.keyFor(req) !== null;
  }

  private keyFor(req: IncomingMessage): { key: string; kind: PublicKind } | null {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    if (req.headers.authorization) return null;
    if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q === -1 ? url : url.slice(0, q);
    if (q !== -1 && /[?&]_rsc=/.test(url.slice(q))) return null;
    const kind = this.options.kind(pathname);
    // The host is part of the key: pages name their own address (canonical links) when PUBLIC_URL is unset.
    return kind ? { key: `${req.headers.host ?? ""}${url}`, kind } : null;
  }

  private keepable(kind: PublicKind, status: number, headers: OutgoingHttpHeaders): boolean {
    if (status !== 200 || headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return false;
    return kind === "page" ? /^text\/html/i.test(String(headers["content-type"] ?? "")) : saysPublic(headers["cache-control"]);
  }

  private store(key: string, kind: PublicKind, generation: bigint, answer: Recorded): void {
    if (generation !== this.current) return; // published meanwhile: this answer may hold the old figures
    if (!this.keepable(kind, answer.status, answer.headers) || answer.headers["cache-control"] !== PUBLIC_CACHE_CONTROL) return;
    const kept: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(answer.headers)) if (!NOT_STORED.has(name) && value !== undefined) kept[name] = value;
    const vary = String(kept.vary ?? "");
    if (!/accept-encoding/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
    kept["cache-control"] = PUBLIC_CACHE_CONTROL;
    this.entries.set(key, { generation, headers: kept, body: answer.body, gzip: null, gzipping: false, etag: etagFor(generation, answer.body) });
  }

  private release(key: string): void {
    const waiters = this.inflight.get(key);
    this.inflight.delete(key);
    for (const w of waiters ?? []) w();
  }

  private serve(req: IncomingMessage, res: ServerResponse, key: string, entry: Entry): void {
    res.setHeader("x-htx-cache", "HIT");
    for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) res.setHeader(name, value);
    res.setHeader("etag", entry.etag);
    if (etagMatches(req.headers["if-none-match"], entry.etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const wantsGzip = entry.body.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers["accept-encoding"]);
    if (wantsGzip && !entry.gzip) this.compress(key, entry);
    const compressed = wantsGzip ? entry.gzip : null;
    if (compressed) res.setHeader("content-encoding", "gzip");
    const body = compressed ?? entry.body;
    res.setHeader("content-length", body.length);
    res.statusCode = 200;
    res.end(req.method === "HEAD" ? undefined : body);
  }

  // In zlib's thread pool: a 500 KB page takes a few ms to compress, which the event loop should not wait on.
  // Until it is ready the plain body is sent. Set again so that the cache counts the gzip's bytes too.
  private compress(key: string, entry: Entry): void {
    if (entry.gzipping) return;
    entry.gzipping = true;
    gzip(entry.body, (err, compressed) => {
      if (err || this.entries.peek(key) !== entry) return;
      entry.gzip = compressed;
      this.entries.set(key, entry, { noUpdateTTL: true });
    });
  }
}
