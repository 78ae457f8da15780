// The site's own origin, for the absolute URLs of canonical links, hreflang alternates and the sitemap (a relative
// canonical is not what search engines expect, and Next leaves it relative without a metadataBase).
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

// host[:port] or [ipv6][:port]: anything else (a forged Host) falls back to localhost rather than into a link.
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * PUBLIC_URL when set; otherwise the host the request was addressed to (server/forwarded.ts has already dropped
 * X-Forwarded-* headers that no trusted proxy wrote, and Next fills them in from the connection).
 */
export async function siteOrigin(): Promise<URL> {
  // Request-time only (headers() first keeps `next build` from prerendering a page with no environment).
  const h = await headers();
  const configured = env().PUBLIC_URL;
  if (configured) return new URL(new URL(configured).origin);
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return new URL(`${proto}://${HOST.test(host) ? host : "localhost"}`);
}
