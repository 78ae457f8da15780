import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import { addressKey, clientAddressOf, stampClientAddress } from "@/server/client-address";

describe("the client address the production server believes", () => {
  it("is the socket's peer with no trusted proxy, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf("203.0.113.5", "1.2.3.4", 0)).toBe("203.0.113.5");
    expect(clientAddressOf("::ffff:127.0.0.1", "1.2.3.4, 5.6.7.8", 0)).toBe("127.0.0.1");
    expect(clientAddressOf(undefined, "1.2.3.4", 0)).toBe(UNKNOWN_ADDRESS);
  });
  it("is the entry `hops` from the right of X-Forwarded-For behind trusted proxies", () => {
    expect(clientAddressOf("10.0.0.1", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.1", ["6.6.6.6", "203.0.113.9, 10.0.0.2"], 2)).toBe("203.0.113.9");
    expect(clientAddressOf("10.0.0.1", "203.0.113.9", 3)).toBe("203.0.113.9");
  });
  it("falls back to the proxy itself when its header is missing or not an address", () => {
    expect(clientAddressOf("10.0.0.1", undefined, 1)).toBe("10.0.0.1");
    expect(clientAddressOf("10.0.0.1", "1.2.3.4, evil", 1)).toBe("10.0.0.1");
  });
  it("groups IPv6 addresses by their /64", () => {
    expect(addressKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:ffff::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(addressKey("not-an-ip")).toBeNull();
  });
  it("replaces a client-written address header before Next sees it", () => {
    const req = { headers: { "x-htx-client-address": "6.6.6.6", "x-forwarded-for": "7.7.7.7" }, socket: { remoteAddress: "198.51.100.1" } } as unknown as IncomingMessage;
    stampClientAddress(req, 0);
    expect(clientAddress(req.headers)).toBe("198.51.100.1");
  });
  it("inside Next, never reads X-Forwarded-For: without the server's header every attempt shares one bucket", () => {
    expect(clientAddress({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(new Headers({ "x-htx-client-address": "203.0.113.5" }))).toBe("203.0.113.5");
  });
});
