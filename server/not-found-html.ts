// Next 16 answers a notFound() with status 404 and a blank HTML shell: the not-found page is only in the script
// payload (vercel/next.js#98295, #62228), so without JavaScript the page is empty. Here every HTML 404 to a GET is
// given the not-found page rendered as an ordinary page (app/[locale]/(public)/khong-tim-thay), fetched from this
// same server, in the address's language, still with status 404. When that fetch fails, Next's own answer goes out.
import { randomBytes } from "node:crypto";
import { request, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";

export const NOT_FOUND_PATH = "/khong-tim-thay";
/** Marks this server's own fetch of the not-found page; unguessable, so a client cannot send it. */
const INTERNAL = { name: "x-htx-not-found", value: randomBytes(16).toString("hex") };
/** The only headers of the rendered page that describe its body; the security headers are set on `res` already. */
const BODY_HEADERS = ["content-type", "vary", "x-robots-tag"];

export interface NotFoundSource {
  /** Where this server listens, for fetching the not-found page from itself. */
  address(): { host: string; port: number };
}

/** Wraps `res` so that an HTML 404 goes out as the complete not-found page. Call before Next handles the request. */
export function completeNotFound(req: IncomingMessage, res: ServerResponse, source: NotFoundSource): void {
  if (req.headers[INTERNAL.name] === INTERNAL.value) return;
  if (req.method !== "GET") return;
  const pathname = (req.url ?? "/").split("?")[0];
  // Asked for directly, the not-found page is a 404 too: there is nothing at its address.
  const direct = pathname === NOT_FOUND_PATH || pathname === `/en${NOT_FOUND_PATH}`;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const held: unknown[][] = [];
  let holding = false;
  res.writeHead = ((...args: unknown[]) => {
    if (direct) return writeHead(404, ...args.slice(1));
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    const passed = args.find((a, i) => i > 0 && a !== null && typeof a === "object" && !Array.isArray(a)) as OutgoingHttpHeaders | undefined;
    const type = String(res.getHeader("content-type") ?? headerOf(passed, "content-type") ?? "");
    if (status === 404 && /^text\/html/i.test(type)) {
      holding = true;
      held.push(["head", ...args]);
      return res;
    }
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
  res.write = ((...args: unknown[]) => {
    if (!holding) return write(...args);
    held.push(["write", ...args]);
    return true;
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    if (!holding) return end(...args);
    const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
    held.push(["end", ...args.filter((a) => typeof a !== "function")]);
    fetchNotFoundPage(req, source.address()).then(
      (page) => {
        for (const name of ["content-length", "content-encoding", "etag", "transfer-encoding"]) res.removeHeader(name);
        for (const name of BODY_HEADERS) if (page.headers[name] !== undefined) res.setHeader(name, page.headers[name]!);
        res.setHeader("cache-control", "no-store");
        res.setHeader("content-length", page.body.length);
        writeHead(404);
        end(page.body, callback);
      },
      () => {
        for (const [kind, ...args] of held) (kind === "head" ? writeHead : kind === "write" ? write : end)(...args);
        callback?.();
      },
    );
    return res;
  }) as ServerResponse["end"];
}

/** The address's language and what kind of thing was not found, as the not-found page's own address. */
export function notFoundPageFor(url: string): string {
  const pathname = url.split("?")[0];
  const english = pathname === "/en" || pathname.startsWith("/en/");
  const rest = english ? pathname.slice(3) : pathname;
  const kind = /^\/tinh\/[^/]+\/nhiem-ky\//.test(rest) ? "nhiem-ky" : /^\/tinh\/[^/]+\/?$/.test(rest) ? "tinh" : null;
  return `${english ? "/en" : ""}${NOT_FOUND_PATH}${kind ? `?loai=${kind}` : ""}`;
}

function fetchNotFoundPage(req: IncomingMessage, { host, port }: { host: string; port: number }): Promise<{ headers: IncomingMessage["headers"]; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: OutgoingHttpHeaders = { [INTERNAL.name]: INTERNAL.value, accept: "text/html" };
    // Same host and forwarded address: the page's links and the request log describe the original request.
    for (const name of ["host", "x-forwarded-proto", "x-forwarded-host"]) if (req.headers[name]) headers[name] = req.headers[name];
    const fetch = request({ host, port, path: notFoundPageFor(req.url ?? "/"), headers, timeout: 10_000 }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (c: Buffer) => chunks.push(c));
      answer.on("end", () => (answer.statusCode === 200 ? resolve({ headers: answer.headers, body: Buffer.concat(chunks) }) : reject(new Error(`not-found page: ${answer.statusCode}`))));
      answer.on("error", reject);
    });
    fetch.on("timeout", () => fetch.destroy(new Error("not-found page: timeout")));
    fetch.on("error", reject);
    fetch.end();
  });
}

function headerOf(headers: OutgoingHttpHeaders | undefined, name: string): unknown {
  if (!headers) return undefined;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}
