// Small HTTP rules of the response cache (server/response-cache.ts), apart so that they can be read and tested alone.
import { createHash } from "node:crypto";

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

/** A strong ETag from the generation and the body: a new generation changes it even when the bytes do not. */
export function etagFor(generation: bigint, body: Buffer): string {
  return `"${generation.toString(36)}-${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`;
}

/** If-None-Match against one ETag: any of a list, weak or strong (RFC 9110 uses the weak comparison here), or "*". */
export function etagMatches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const value = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch;
  return value.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

/** Whether the app marked an answer `public` (and not private or no-store): the API's rule for being kept. */
export function saysPublic(cacheControl: unknown): boolean {
  const cc = String(cacheControl ?? "").toLowerCase();
  return /(^|[,\s])public([,\s]|$)/.test(cc) && !/(^|[,\s])(private|no-store|no-cache)([,=\s]|$)/.test(cc);
}
