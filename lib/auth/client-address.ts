// The address a login attempt came from, for rate limiting. The production server (server/main.ts) works it out
// from the socket, believing X-Forwarded-For only as far as TRUST_PROXY_HOPS says (server/client-address.ts), and
// hands it to Next in this header after deleting any copy the client sent. X-Forwarded-For is never read here:
// any client can write it, and a forged one would spread one attacker's guesses over many addresses.
type Headers = Record<string, string | string[] | undefined> | globalThis.Headers;

export const CLIENT_ADDRESS_HEADER = "x-htx-client-address";
/** Without the production server (e.g. `next dev`) every attempt shares this one bucket: stricter, never looser. */
export const UNKNOWN_ADDRESS = "unknown";

export function clientAddress(headers: Headers): string {
  const v = headers instanceof globalThis.Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  const value = (Array.isArray(v) ? v[0] : v)?.trim();
  return value ? value.slice(0, 64) : UNKNOWN_ADDRESS;
}
