import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../lib/auth/password";
import { KEEP_MS, loginBlock, MAX_PER_ADDRESS, recordLoginAttempt, WINDOW_MS } from "../../lib/auth/rate-limit";
import { verifyLogin } from "../../lib/auth/verify-login";
import type { PrismaClient } from "../../lib/prisma-client";
import { testPrisma, truncateAll } from "../support/db";

let db: PrismaClient;
beforeAll(async () => {
  await truncateAll();
  db = testPrisma();
  const passwordHash = await hashPassword("correct horse battery");
  await db.user.createMany({ data: [
    { email: "committee@x.vn", name: "A", role: "COMMITTEE", passwordHash },
    { email: "locked@x.vn", name: "B", role: "COMMITTEE", passwordHash },
    { email: "off@x.vn", name: "C", role: "COMMITTEE", passwordHash, disabled: true },
  ] });
});
afterAll(() => db.$disconnect());

describe("logging in", () => {
  it("accepts the right password, whatever the case of the email", async () => {
    const r = await verifyLogin(db, " Committee@X.vn ", "correct horse battery", "10.0.0.1");
    expect(r).toMatchObject({ ok: true, user: { email: "committee@x.vn" } });
  });
  it("answers a wrong password, an unknown account and a disabled one alike", async () => {
    expect(await verifyLogin(db, "committee@x.vn", "wrong", "10.0.0.2")).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyLogin(db, "nobody@x.vn", "wrong", "10.0.0.2")).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyLogin(db, "off@x.vn", "correct horse battery", "10.0.0.2")).toEqual({ ok: false, reason: "INVALID" });
  });
  it("locks an account after 5 failures, even for the right password, and says for how long", async () => {
    for (let i = 0; i < 5; i++) await verifyLogin(db, "locked@x.vn", `guess ${i}`, `10.1.0.${i}`);
    const r = await verifyLogin(db, "locked@x.vn", "correct horse battery", "10.9.9.9");
    expect(r).toMatchObject({ ok: false, reason: "RATE_LIMIT_ACCOUNT" });
    expect((r as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(800);
    expect(await loginBlock(db, "locked@x.vn", "10.9.9.9", new Date(Date.now() + WINDOW_MS + 1000))).toEqual({ blocked: false });
  });
  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < MAX_PER_ADDRESS; i++) await verifyLogin(db, `spray${i}@x.vn`, "x", "10.2.0.1");
    expect(await verifyLogin(db, "committee@x.vn", "correct horse battery", "10.2.0.1")).toMatchObject({ ok: false, reason: "RATE_LIMIT_ADDRESS" });
    expect(await verifyLogin(db, "committee@x.vn", "correct horse battery", "10.2.0.2")).toMatchObject({ ok: true });
  });
});

describe("the login attempts table", () => {
  it("drops attempts older than a day when a new one is recorded, and keeps the recent ones", async () => {
    const now = Date.now();
    await db.loginAttempt.createMany({ data: [
      { email: "old@x.vn", ip: "10.3.0.1", success: false, at: new Date(now - KEEP_MS - 60_000) },
      { email: "recent@x.vn", ip: "10.3.0.1", success: false, at: new Date(now - KEEP_MS + 60_000) },
    ] });
    await recordLoginAttempt(db, "new@x.vn", "10.3.0.2", false, new Date(now));
    const left = (await db.loginAttempt.findMany({ where: { ip: { startsWith: "10.3." } }, select: { email: true } })).map((r) => r.email).sort();
    expect(left).toEqual(["new@x.vn", "recent@x.vn"]);
  });
});
