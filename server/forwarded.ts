// Where a request was addressed to, as this server should believe it: the scheme (for HSTS and Secure cookies) and
// the host (Next's server-action origin check and next-auth's URLs read X-Forwarded-Host before Host). A client
// can write X-Forwarded-* itself, so they are believed only when TRUST_PROXY_HOPS says proxies of ours stand in
// front (server/client-address.ts); otherwise they are deleted and Next fills them in from the connection.
import type { IncomingMessage } from "node:http";

const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

/** The value our nearest `hops` proxies wrote: as for X-Forwarded-For, entries further left are the client's. */
function believed(value: string | string[] | undefined, hops: number): string | undefined {
  const chain = (Array.isArray(value) ? value.join(",") : (value ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  return chain.length ? chain[Math.max(0, chain.length - hops)] : undefined;
}

export interface RequestOrigin {
  /** Served over HTTPS: the public URL says so, or a trusted proxy does. */
  https: boolean;
  /** host[:port] the browser addressed. */
  host: string | undefined;
}

/** Cleans the forwarded headers in place and says how the request reached us. */
export function normaliseForwarded(req: IncomingMessage, opts: { hops: number; publicUrl: URL | null }): RequestOrigin {
  if (opts.hops === 0) {
    for (const h of FORWARDED) delete req.headers[h];
  } else {
    for (const h of FORWARDED) {
      const v = believed(req.headers[h], opts.hops);
      if (v === undefined) delete req.headers[h];
      else req.headers[h] = v;
    }
  }
  const proto = req.headers["x-forwarded-proto"];
  const https = opts.publicUrl?.protocol === "https:" || proto === "https";
  const forwardedHost = req.headers["x-forwarded-host"];
  return { https, host: typeof forwardedHost === "string" ? forwardedHost : req.headers.host };
}

/** The public URL (PUBLIC_URL, or NEXTAUTH_URL as older setups name it), or null when the app has none. */
export function parsePublicUrl(raw: string | undefined): URL | null {
  if (!raw?.trim()) return null;
  const url = new URL(raw.trim());
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`PUBLIC_URL must be an http:// or https:// URL, not ${raw}`);
  return url;
}

/**
 * What next-auth reads: NEXTAUTH_URL is the public URL when there is one (its scheme decides whether the session
 * cookie is Secure: lib/auth/options.ts). Without one, next-auth takes the host the browser used (AUTH_TRUST_HOST;
 * normaliseForwarded has removed forged X-Forwarded-* headers first), so that signing in works at
 * http://localhost:3000 and http://127.0.0.1:3000 alike.
 */
export function authUrlEnv(publicUrl: URL | null): { NEXTAUTH_URL?: string; AUTH_TRUST_HOST?: string } {
  return publicUrl ? { NEXTAUTH_URL: publicUrl.href.replace(/\/$/, "") } : { AUTH_TRUST_HOST: "true" };
}
