// Copies what Next writes to a response, so that the response cache can keep it: the status and headers as they
// go out (which the cache may still adjust, e.g. Cache-Control) and the whole body. Next writes through
// writeHead/write/end (Node calls writeHead itself for implicit headers), so wrapping those three sees it all.
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface Recorded {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

export interface RecordOptions {
  /** Called once, just before the headers go out, with lower-case names; changes made to `headers` are sent. */
  headersFor(status: number, headers: OutgoingHttpHeaders): void;
  /** Called once: the answer when it was sent whole, null when it was cut short. */
  done(answer: Recorded | null): void;
}

export function recordAnswer(res: ServerResponse, options: RecordOptions): void {
  const chunks: Buffer[] = [];
  let sent: OutgoingHttpHeaders | null = null;
  let finished = false;
  const finish = (answer: Recorded | null) => {
    if (finished) return;
    finished = true;
    options.done(answer);
  };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    const passed = args.find((a, i) => i > 0 && a !== null && typeof a === "object" && !Array.isArray(a)) as OutgoingHttpHeaders | undefined;
    const headers: OutgoingHttpHeaders = { ...res.getHeaders(), ...lowerCase(passed ?? {}) };
    const before = headers["cache-control"];
    options.headersFor(status, headers);
    if (headers["cache-control"] !== before && headers["cache-control"] !== undefined) {
      res.setHeader("cache-control", headers["cache-control"]);
      for (const name of Object.keys(passed ?? {})) if (name.toLowerCase() === "cache-control") passed![name] = headers["cache-control"];
    }
    sent = headers;
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
    const body = Buffer.concat(chunks);
    const headers = sent ?? { ...res.getHeaders() };
    const declared = headers["content-length"];
    // Not the whole body (a HEAD, or a length that does not add up): keep nothing.
    finish(declared !== undefined && Number(declared) !== body.length ? null : { status: res.statusCode, headers, body });
    return result;
  }) as ServerResponse["end"];
  res.once("close", () => finish(null));
}

function toBuffer(chunk: unknown, encoding?: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
}

// getHeaders() names are lower-case already; those passed to writeHead() are as the caller wrote them.
function lowerCase(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
