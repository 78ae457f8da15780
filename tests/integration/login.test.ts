import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import {
  claimLoginAttempt, GLOBAL_WINDOW_MS, KEEP_MS, loginBlock, MAX_PER_ACCOUNT, MAX_PER_ACCOUNT_ADDRESS, MAX_PER_ADDRESS, WINDOW_MS,
} from "@/lib/auth/rate-limit";
import { verifyLogin, type LoginResult } from "@/lib/auth/verify-login";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { stampClientAddress } from "@/server/client-address";
import { emptyDb } from "@/tests/support/db";

const PASSWORD = "correct horse battery";
let db: PrismaClient;
beforeAll(async () => {
  db = await emptyDb();
  const passwordHash = await hashPassword(PASSWORD);
  const accounts = ["committee", "locked", "global", "burst", "burst2", "proxy0", "proxy1", "owner"];
  await db.user.createMany({ data: [
    ...accounts.map((a) => ({ email: `${a}@x.vn`, name: a, role: "COMMITTEE" as const, passwordHash })),
    { email: "off@x.vn", name: "C", role: "COMMITTEE", passwordHash, disabled: true },
  ] });
});
afterAll(() => db.$disconnect());

const failures = (where: { email?: string; ip?: string }) => db.loginAttempt.count({ where: { ...where, success: false } });

describe("logging in", () => {
  it("accepts the right password, whatever the case of the email", async () => {
    const r = await verifyLogin(db, " Committee@X.vn ", PASSWORD, "10.0.0.1");
    expect(r).toMatchObject({ ok: true, user: { email: "committee@x.vn" } });
    expect(await db.loginAttempt.findMany({ where: { ip: "10.0.0.1" }, select: { email: true, success: true } })).toEqual([{ email: "committee@x.vn", success: true }]);
  });
  it("answers a wrong password, an unknown account and a disabled one alike", async () => {
    expect(await verifyLogin(db, "committee@x.vn", "wrong", "10.0.0.2")).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyLogin(db, "nobody@x.vn", "wrong", "10.0.0.2")).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyLogin(db, "off@x.vn", PASSWORD, "10.0.0.2")).toEqual({ ok: false, reason: "INVALID" });
  });
});

describe("the limits (decision 0012)", () => {
  it("locks one account from one address after 5 failures, even for the right password, and only that address", async () => {
    for (let i = 0; i < MAX_PER_ACCOUNT_ADDRESS; i++) await verifyLogin(db, "locked@x.vn", `guess ${i}`, "10.1.0.1");
    const r = await verifyLogin(db, "locked@x.vn", PASSWORD, "10.1.0.1");
    expect(r).toMatchObject({ ok: false, reason: "RATE_LIMIT_ACCOUNT" });
    expect((r as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(800);
    // The real user, at their own address, is not locked out by someone else's guesses.
    expect(await verifyLogin(db, "locked@x.vn", PASSWORD, "10.1.0.2")).toMatchObject({ ok: true });
    expect(await loginBlock(db, "locked@x.vn", "10.1.0.1", new Date(Date.now() + WINDOW_MS + 1000))).toEqual({ blocked: false });
  });

  it("limits one address trying many accounts", async () => {
    // 19 earlier failures at 19 accounts, then the 20th through the login.
    await db.loginAttempt.createMany({ data: Array.from({ length: MAX_PER_ADDRESS - 1 }, (_, i) => ({ email: `spray${i}@x.vn`, ip: "10.2.0.1", success: false })) });
    expect(await verifyLogin(db, "spray-last@x.vn", "x", "10.2.0.1")).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyLogin(db, "committee@x.vn", PASSWORD, "10.2.0.1")).toMatchObject({ ok: false, reason: "RATE_LIMIT_ADDRESS" });
    expect(await verifyLogin(db, "committee@x.vn", PASSWORD, "10.2.0.2")).toMatchObject({ ok: true });
  });

  it("locks an account everywhere only after 50 failures in an hour, from any number of addresses", async () => {
    const now = Date.now();
    // 49 earlier failures from 49 addresses, each under its own limit.
    await db.loginAttempt.createMany({ data: Array.from({ length: MAX_PER_ACCOUNT - 1 }, (_, i) => ({ email: "global@x.vn", ip: `10.4.${i}.1`, success: false, at: new Date(now - 30 * 60_000) })) });
    // The 50th failure is still compared; after it, the right password is refused from any address.
    expect(await verifyLogin(db, "global@x.vn", "guess", "10.4.200.1")).toEqual({ ok: false, reason: "INVALID" });
    const r = await verifyLogin(db, "global@x.vn", PASSWORD, "10.4.201.1");
    expect(r).toMatchObject({ ok: false, reason: "RATE_LIMIT_ACCOUNT_GLOBAL" });
    // …and no longer than the slow window: the oldest failures leave it after an hour.
    const retry = (r as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retry).toBeLessThanOrEqual(GLOBAL_WINDOW_MS / 1000 / 2 + 5);
    expect(await loginBlock(db, "global@x.vn", "10.4.201.1", new Date(now + GLOBAL_WINDOW_MS / 2 + 5000))).toEqual({ blocked: false });
  });
});

describe("concurrent attempts (issue 8: 13 of 40 were compared, and the right one got in)", () => {
  it("compares at most the limit of 40 wrong guesses sent at once", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => verifyLogin(db, "burst@x.vn", `wrong ${i}`, "10.5.0.1")));
    const compared = results.filter((r) => !r.ok && r.reason === "INVALID").length;
    expect(compared).toBe(MAX_PER_ACCOUNT_ADDRESS);
    expect(results.filter((r) => !r.ok && r.reason === "RATE_LIMIT_ACCOUNT")).toHaveLength(40 - MAX_PER_ACCOUNT_ADDRESS);
    expect(await failures({ email: "burst@x.vn" })).toBe(MAX_PER_ACCOUNT_ADDRESS);
  });

  it("39 wrong and 1 right sent together: only the first 5 are compared, so the right one gets in only as one of them", async () => {
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 39 ? PASSWORD : `wrong ${i}`));
    const results: LoginResult[] = await Promise.all(guesses.map((g) => verifyLogin(db, "burst2@x.vn", g, "10.5.0.2")));
    const compared = results.filter((r) => r.ok || r.reason === "INVALID").length;
    expect(compared).toBe(MAX_PER_ACCOUNT_ADDRESS);
    // Sent last, it queues behind the wrong ones on the account's lock and finds the limit reached.
    expect(results[39]).toMatchObject({ ok: false, reason: "RATE_LIMIT_ACCOUNT" });
    expect(await db.loginAttempt.count({ where: { email: "burst2@x.vn", success: true } })).toBe(0);
  });
});

/** A stand-in for server/main.ts in front of next-auth's authorize: the same header stamping, real sockets. */
async function loginServer(hops: number): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    stampClientAddress(req, hops);
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      authorizeCredentials(db, JSON.parse(body), req.headers).then(
        () => res.end("OK"),
        (e: Error) => res.end(e.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

async function post(url: string, email: string, password: string, headers: Record<string, string>): Promise<string> {
  const r = await fetch(url, { method: "POST", body: JSON.stringify({ email, password }), headers });
  return r.text();
}

describe("the client address", () => {
  it("with TRUST_PROXY_HOPS=0, forged X-Forwarded-For and address headers do not spread guesses over addresses", async () => {
    const { url, server } = await loginServer(0);
    try {
      const answers: string[] = [];
      for (let i = 0; i < 8; i++) {
        answers.push(await post(url, "proxy0@x.vn", `wrong ${i}`, { "x-forwarded-for": `10.66.0.${i}`, "x-real-ip": `10.67.0.${i}`, "x-htx-client-address": `10.68.0.${i}` }));
      }
      expect(answers.slice(0, 5)).toEqual(Array(5).fill("INVALID"));
      expect(answers.slice(5).every((a) => /^RATE_LIMIT_ACCOUNT:\d+$/.test(a))).toBe(true);
      const ips = await db.loginAttempt.findMany({ where: { email: "proxy0@x.vn" }, distinct: ["ip"], select: { ip: true } });
      expect(ips).toEqual([{ ip: "127.0.0.1" }]);
    } finally {
      server.close();
    }
  });

  it("with TRUST_PROXY_HOPS=1, the address our proxy appended is the client's, whatever the client wrote before it", async () => {
    const { url, server } = await loginServer(1);
    try {
      expect(await post(url, "proxy1@x.vn", "wrong", { "x-forwarded-for": "6.6.6.6, 203.0.113.9", "x-htx-client-address": "6.6.6.7" })).toBe("INVALID");
      expect(await post(url, "proxy1@x.vn", "wrong", { "x-forwarded-for": "203.0.113.10" })).toBe("INVALID");
      expect(await post(url, "proxy1@x.vn", PASSWORD, { "x-forwarded-for": "2001:db8:1:2:3:4:5:6" })).toBe("OK");
      const rows = await db.loginAttempt.findMany({ where: { email: "proxy1@x.vn" }, orderBy: { id: "asc" }, select: { ip: true } });
      expect(rows.map((r) => r.ip)).toEqual(["203.0.113.9", "203.0.113.10", "2001:db8:1:2::/64"]);
    } finally {
      server.close();
    }
  });

  it("a lockout from elsewhere leaves the real user's own address open (until the slow global limit)", async () => {
    const { url, server } = await loginServer(1);
    try {
      for (let i = 0; i < 6; i++) await post(url, "owner@x.vn", `wrong ${i}`, { "x-forwarded-for": "198.51.100.66" });
      expect(await post(url, "owner@x.vn", PASSWORD, { "x-forwarded-for": "198.51.100.66" })).toMatch(/^RATE_LIMIT_ACCOUNT:/);
      expect(await post(url, "owner@x.vn", PASSWORD, { "x-forwarded-for": "192.0.2.10" })).toBe("OK");
    } finally {
      server.close();
    }
  });
});

describe("errors", () => {
  it("with the database unreachable, the login throws only the code UNAVAILABLE and logs the real error", async () => {
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:1/htx", { poolMax: 1 });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const error = await authorizeCredentials(down, { email: "committee@x.vn", password: PASSWORD }, {}).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe("UNAVAILABLE");
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0][1])).toMatch(/ECONNREFUSED|127\.0\.0\.1|connect/i);
    } finally {
      log.mockRestore();
      await down.$disconnect();
    }
  });
});

describe("the login attempts table", () => {
  it("drops attempts older than a day when a new one is recorded, and keeps the recent ones", async () => {
    const now = Date.now();
    await db.loginAttempt.createMany({ data: [
      { email: "old@x.vn", ip: "10.3.0.1", success: false, at: new Date(now - KEEP_MS - 60_000) },
      { email: "recent@x.vn", ip: "10.3.0.1", success: false, at: new Date(now - KEEP_MS + 60_000) },
    ] });
    expect(await claimLoginAttempt(db, "new@x.vn", "10.3.0.2", new Date(now))).toMatchObject({ blocked: false });
    const left = (await db.loginAttempt.findMany({ where: { ip: { startsWith: "10.3." } }, select: { email: true } })).map((r) => r.email).sort();
    expect(left).toEqual(["new@x.vn", "recent@x.vn"]);
  });
});
