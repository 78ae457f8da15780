// A shared cache in front of Next.js for the public pages and the open-data API, in the same process (a
// micro-cache, as nginx's proxy_cache would be). Why it exists: Next serves a cached page by decoding its
// stored bytes to a string, hashing the string for an ETag and encoding it again, about 5 µs per KB on
// these machines, and every route handler costs ~0.8 ms before it runs; this cache answers with bytes it
// already holds. See docs/decisions/0010-response-cache.md.
//
// It follows the rules of a shared HTTP cache, narrowed on purpose:
// - only GET/HEAD requests, to the public paths the caller names, without an Authorization header and without
//   Next's client-navigation headers (those answers vary by them);
// - only 200 answers that say `public` or `s-maxage`, have no Set-Cookie and are not STALE in Next's cache;
// - kept for their s-maxage/max-age (at most an hour), dropped at once by invalidate() (approvals call it);
// - the plain body is kept, gzipped once when a client first asks for gzip;
// - an answer whose request began before the last invalidate() is not kept: it may hold the old figures.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzip } from "node:zlib";

export interface CacheOptions {
  /** Whether a path (without its query) may be cached at all. */
  cacheable: (pathname: string) => boolean;
  /** Upper bound of the bodies kept, identity and gzip together, in bytes. */
  maxBytes: number;
  /** After invalidate(), how long nothing is kept, in ms (default 1000): see invalidate(). */
  holdMs?: number;
  now?: () => number;
}

interface Entry {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** Made on the first request that asks for gzip, off the main thread; null until then. */
  gzip: Buffer | null;
  gzipping: boolean;
  etag: string | null;
  expiresAt: number;
  bytes: number;
}

const MAX_TTL_SECONDS = 3600;
/** Headers that belong to one connection or one response, never to the stored answer. */
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding", "x-htx-cache", "x-nextjs-cache"]);
/** Requests Next answers differently (client navigation, server actions): passed through untouched. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];
/** Bodies under this size are not worth compressing. */
const GZIP_MIN_BYTES = 1024;

/** Seconds a response may be kept by a shared cache, or 0 when it must not be. */
export function sharedMaxAge(cacheControl: string | undefined): number {
  if (!cacheControl) return 0;
  const cc = cacheControl.toLowerCase();
  if (/(^|[,\s])(private|no-store|no-cache)([,=\s]|$)/.test(cc)) return 0;
  const sMaxAge = /(?:^|[,\s])s-maxage=(\d+)/.exec(cc);
  if (sMaxAge) return Math.min(Number(sMaxAge[1]), MAX_TTL_SECONDS);
  const maxAge = /(?:^|[,\s])max-age=(\d+)/.exec(cc);
  if (maxAge && /(^|[,\s])public([,\s]|$)/.test(cc)) return Math.min(Number(maxAge[1]), MAX_TTL_SECONDS);
  return 0;
}

/** Whether the client takes gzip (a bare "gzip" or a q above 0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

export class ResponseCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private generation = 0;
  private holdUntil = 0;
  private readonly now: () => number;

  constructor(private readonly options: CacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Drops every answer, and any answer still being produced from before this call. For a moment afterwards
   * nothing is kept either: Next marks its own entries stale only when the approving request ends, and a
   * page it serves from an old entry meanwhile must not be kept as new.
   */
  invalidate(): void {
    this.generation++;
    this.holdUntil = this.now() + (this.options.holdMs ?? 1000);
    this.entries.clear();
    this.bytes = 0;
  }

  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Answers from the cache when it can; otherwise calls `upstream` and keeps its answer if allowed. */
  handle(req: IncomingMessage, res: ServerResponse, upstream: () => void): void {
    const key = this.keyFor(req);
    if (key === null) return upstream();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > this.now()) {
      // Most recently used last, so eviction takes the oldest first.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return this.serve(req, res, key, entry);
    }
    if (entry) this.remove(key);
    if (req.method !== "GET") return upstream();
    // The stored body must be the plain one: Next compresses when asked, so this request does not ask. The
    // client still gets gzip from the second request on, compressed once here.
    delete req.headers["accept-encoding"];
    this.record(key, res);
    upstream();
  }

  private keyFor(req: IncomingMessage): string | null {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    if (req.headers.authorization) return null;
    if (ROUTER_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q === -1 ? url : url.slice(0, q);
    if (q !== -1 && /[?&]_rsc=/.test(url.slice(q))) return null;
    return this.options.cacheable(pathname) ? url : null;
  }

  private serve(req: IncomingMessage, res: ServerResponse, key: string, entry: Entry): void {
    res.setHeader("x-htx-cache", "HIT");
    for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) res.setHeader(name, value);
    if (entry.etag && req.headers["if-none-match"] === entry.etag) {
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
    res.statusCode = entry.status;
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** Copies what Next writes, and stores it when the answer is complete and cacheable. */
  private record(key: string, res: ServerResponse): void {
    const generation = this.generation;
    const chunks: Buffer[] = [];
    let extraHeaders: OutgoingHttpHeaders = {};
    const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
      if (Buffer.isBuffer(chunk)) return chunk;
      if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      return Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    };
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      const headers = args.find((a, i) => i > 0 && a !== null && typeof a === "object" && !Array.isArray(a));
      if (headers) extraHeaders = headers as OutgoingHttpHeaders;
      return writeHead(...args);
    }) as ServerResponse["writeHead"];
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      const b = toBuffer(chunk, rest[0]);
      if (b) chunks.push(b);
      return write(chunk, ...rest);
    }) as ServerResponse["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const b = toBuffer(chunk, rest[0]);
      if (b) chunks.push(b);
      const result = end(chunk, ...rest);
      if (generation === this.generation && this.now() >= this.holdUntil) this.store(key, res, { ...res.getHeaders(), ...lowerCase(extraHeaders) }, chunks);
      return result;
    }) as ServerResponse["end"];
  }

  private store(key: string, res: ServerResponse, headers: OutgoingHttpHeaders, chunks: Buffer[]): void {
    if (res.statusCode !== 200 || headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return;
    if (String(headers["x-nextjs-cache"] ?? "").toUpperCase() === "STALE") return;
    const ttl = sharedMaxAge(headers["cache-control"] === undefined ? undefined : String(headers["cache-control"]));
    if (ttl <= 0) return;
    const body = Buffer.concat(chunks);
    const declared = headers["content-length"];
    if (declared !== undefined && Number(declared) !== body.length) return; // not the whole body: keep nothing
    const kept: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (!NOT_STORED.has(name) && value !== undefined) kept[name] = value;
    const vary = String(kept.vary ?? "");
    if (!/accept-encoding/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
    const entry: Entry = {
      status: 200,
      headers: kept,
      body,
      gzip: null,
      gzipping: false,
      etag: typeof kept.etag === "string" ? kept.etag : null,
      expiresAt: this.now() + ttl * 1000,
      bytes: body.length + key.length,
    };
    if (entry.bytes > this.options.maxBytes) return;
    this.remove(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.evict();
  }

  // In zlib's thread pool: a 500 KB page takes a few ms to compress, which the event loop should not wait on.
  // Until it is ready the plain body is sent; an entry dropped meanwhile is not counted again.
  private compress(key: string, entry: Entry): void {
    if (entry.gzipping) return;
    entry.gzipping = true;
    gzip(entry.body, (err, compressed) => {
      if (err) return;
      entry.gzip = compressed;
      if (this.entries.get(key) === entry) {
        entry.bytes += compressed.length;
        this.bytes += compressed.length;
        this.evict();
      }
    });
  }

  private evict(): void {
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.options.maxBytes) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

// getHeaders() names are lower-case already; those passed to writeHead() are as the caller wrote them.
function lowerCase(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
