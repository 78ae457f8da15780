// Who is on the other end of a request, for login throttling: the socket's peer, unless TRUST_PROXY_HOPS says that
// many reverse proxies of ours stand in front, in which case the address that many hops from the right of
// X-Forwarded-For (each proxy appends the peer it saw; entries further left are whatever the client wrote).
// The result travels to Next in CLIENT_ADDRESS_HEADER, which is deleted from the incoming request first.
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { CLIENT_ADDRESS_HEADER, UNKNOWN_ADDRESS } from "@/lib/auth/client-address";

/** An IP as one bucket: IPv4-mapped IPv6 as IPv4; IPv6 by its /64, which one subscriber usually holds whole. */
export function addressKey(raw: string | undefined): string | null {
  const ip = raw?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (!ip) return null;
  const version = isIP(ip);
  if (version === 4) return ip;
  if (version !== 6) return null;
  const [head, tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail only ever sits in the last 32 bits: beyond the /64 kept here.
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** The client's address as this server should believe it. */
export function clientAddressOf(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const socket = addressKey(remoteAddress) ?? UNKNOWN_ADDRESS;
  if (hops === 0) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  // [client-written …, what proxy 1 saw, …, what the last proxy saw]: the last `hops` entries were written by our
  // proxies, the nearest of them holding the client. Fewer entries than hops: the leftmost is as far as we can see.
  const entry = chain.length ? chain[Math.max(0, chain.length - hops)] : undefined;
  // A proxy of ours that writes garbage is misconfigured: one shared bucket (the proxy) is the safe answer.
  return addressKey(entry) ?? socket;
}

/** Replaces whatever the client sent in CLIENT_ADDRESS_HEADER with the address this server believes. */
export function stampClientAddress(req: IncomingMessage, hops: number): void {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
}
