// What the production server does to every request before the response cache or Next sees it: believe the
// forwarded headers only from trusted proxies, put the security headers on the answer, and check server actions.
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { inBoth } from "@/lib/api/words";
import { type Env, handToNextAuth } from "@/lib/env";
import { guardServerAction, loadActionIds } from "./action-guard";
import { authUrlEnv, normaliseForwarded, parsePublicUrl } from "./forwarded";
import { securityHeaders } from "./security-headers";

export interface Edge {
  /**
   * Answers refused requests itself (null); otherwise the request to serve. Synchronous for everything but the
   * server actions whose body must be read: the cached answers pay no promise.
   */
  admit(req: IncomingMessage, res: ServerResponse): IncomingMessage | null | Promise<IncomingMessage | null>;
}

export function createEdge(opts: { hops: number; settings: Pick<Env, "PUBLIC_URL" | "NEXTAUTH_URL" | "HTX_DIST_DIR"> }): Edge {
  const { settings } = opts;
  const publicUrl = parsePublicUrl(settings.PUBLIC_URL ?? settings.NEXTAUTH_URL);
  // next-auth, in this same process, reads these on every request.
  handToNextAuth(authUrlEnv(publicUrl));
  const actionIds = loadActionIds(join(process.cwd(), settings.HTX_DIST_DIR));
  const plain = securityHeaders({ https: false });
  const secure = securityHeaders({ https: true });
  return {
    admit(req, res) {
      const origin = normaliseForwarded(req, { hops: opts.hops, publicUrl });
      for (const [name, value] of origin.https ? secure : plain) res.setHeader(name, value);
      if (req.url?.startsWith("/api/v1/") && req.method !== "GET" && req.method !== "HEAD") jsonMethodNotAllowed(res);
      return guardServerAction(req, res, { origin, publicUrl, actionIds });
    },
  };
}

/**
 * Next answers a method a route does not export with an empty 405; the API speaks JSON in every answer
 * (docs/api.md), so that empty body becomes one. Only writes are watched (GET is exported wherever a route is).
 * Next streams its answers, so the first of flushHeaders/write/end decides.
 */
function jsonMethodNotAllowed(res: ServerResponse): void {
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const flushHeaders = res.flushHeaders.bind(res);
  let decided = false;
  let replaced = false;
  const decide = () => {
    if (decided) return replaced;
    decided = true;
    if (res.statusCode !== 405 || res.headersSent || res.getHeader("content-type") !== undefined) return false;
    const [message, messageEn] = inBoth((w) => w.api("METHOD_NOT_ALLOWED"));
    const body = JSON.stringify({ error: { code: "METHOD_NOT_ALLOWED", message, messageEn } });
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.setHeader("content-length", Buffer.byteLength(body));
    end(body);
    return (replaced = true);
  };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status !== 405 || decided) return writeHead(status, ...rest);
    res.statusCode = status;
    const headers = rest.find((a) => a !== null && typeof a === "object" && !Array.isArray(a)) as Record<string, string> | undefined;
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    return decide() ? res : writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
  res.flushHeaders = () => void (decide() || flushHeaders());
  res.write = ((...args: unknown[]) => (decide() ? true : write(...args))) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    if (!decide()) return end(...args);
    const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
    if (callback) res.once("finish", callback);
    return res;
  }) as ServerResponse["end"];
}
