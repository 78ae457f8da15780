// The address a login attempt came from, for rate limiting: the first hop of X-Forwarded-For (Next's server sets
// it; a proxy in front should too), else X-Real-IP.
type Headers = Record<string, string | string[] | undefined> | globalThis.Headers;

export function clientAddress(headers: Headers): string {
  const get = (name: string) => {
    const v = headers instanceof globalThis.Headers ? headers.get(name) : headers[name];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || get("x-real-ip") || "unknown").slice(0, 64);
}
