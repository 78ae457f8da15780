// Server actions (POSTs with a Next-Action header) are checked here before Next sees them, because Next answers
// a foreign Origin with a 500, an unknown action with a 409 and a body it cannot decode with a 200 carrying an
// error. Here: not from the app's own origin -> 403; an action this build does not have, a content type no action
// sends, or a JSON body that does not parse -> 400; all as JSON. See docs/decisions/0011-security-headers.md.
import { IncomingMessage, type ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inBoth } from "@/lib/api/words";
import type { ApiCode } from "@/lib/i18n/error-words";
import type { RequestOrigin } from "./forwarded";

/** Next's default `serverActions.bodySizeLimit`: an action's arguments are a form's fields. */
const BODY_LIMIT = 1024 * 1024;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The ids of every server action in the build, from the manifest Next writes beside its server bundles. */
export function loadActionIds(distDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node?: Record<string, unknown>;
    edge?: Record<string, unknown>;
  };
  return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
}

/** Answers with the API's error shape, worded from the catalogue (errors.api.<words>). */
function refuse(res: ServerResponse, status: number, code: string, words: ApiCode = code as ApiCode): null {
  const [message, messageEn] = inBoth((w) => w.api(words));
  const body = JSON.stringify({ error: { code, message, messageEn } });
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
  res.end(body);
  return null;
}

/** Whether the browser says the request comes from a page of this app. A missing Origin is not trusted either. */
export function sameOrigin(originHeader: string | undefined, origin: RequestOrigin, publicUrl: URL | null): boolean {
  if (!originHeader || originHeader === "null") return false;
  let host: string;
  try {
    host = new URL(originHeader).host;
  } catch {
    return false;
  }
  return host === origin.host || (publicUrl !== null && host === publicUrl.host);
}

/** Reads the whole body, up to the limit; null when it is longer. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A request like `req`, on the same connection, whose body is `body` (the original's has been read). */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  // As the HTTP parser marks a request whose body has all arrived: an incomplete one that ends is taken for an
  // aborted upload, and Node would close the connection under the answer.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * Checks a server-action request. Answers and returns null when it is refused; otherwise returns the request
 * to hand to Next (a copy when the body had to be read).
 */
export function guardServerAction(
  req: IncomingMessage,
  res: ServerResponse,
  opts: { origin: RequestOrigin; publicUrl: URL | null; actionIds: Set<string> },
): IncomingMessage | null | Promise<IncomingMessage | null> {
  const actionId = req.headers["next-action"];
  const write = !SAFE_METHODS.has(req.method ?? "GET");
  // A write to a page is a server action, with the header (React's fetch) or without it (a form posted before the
  // page's scripts ran). /api has its own rules: next-auth's CSRF token, lib/api/handle.ts's same-origin check.
  const isAction = actionId !== undefined ? write : write && !(req.url ?? "/").startsWith("/api/");
  if (!isAction) return req;
  if (!sameOrigin(req.headers.origin, opts.origin, opts.publicUrl)) {
    return refuse(res, 403, "CROSS_SITE");
  }
  if (actionId === undefined) return req;
  const bad = () => refuse(res, 400, "BAD_ACTION");
  if (typeof actionId !== "string" || !opts.actionIds.has(actionId)) return bad();
  const type = (req.headers["content-type"] ?? "").toLowerCase();
  // What React's client sends: a JSON string of the arguments as text/plain, or multipart form data.
  if (type.startsWith("multipart/form-data")) return /;\s*boundary=/.test(type) ? req : bad();
  if (!type.startsWith("text/plain")) return bad();
  return readBody(req, BODY_LIMIT).then((body) => {
    if (body === null) return refuse(res, 413, "TOO_LARGE", "ACTION_TOO_LARGE");
    try {
      JSON.parse(body.toString("utf8"));
    } catch {
      return bad();
    }
    return replay(req, body);
  });
}
