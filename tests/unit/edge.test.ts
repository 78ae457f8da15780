// The production server's edge rules, one by one (server/edge.ts; the whole is tested in tests/e2e/edge.spec.ts).
import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { sameOrigin } from "@/server/action-guard";
import { authUrlEnv, normaliseForwarded, parsePublicUrl } from "@/server/forwarded";
import { contentSecurityPolicy, securityHeaders } from "@/server/security-headers";

function request(headers: Record<string, string>): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return req;
}

describe("forwarded headers", () => {
  const forged = { host: "127.0.0.1:3000", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", "x-forwarded-port": "443" };

  it("are dropped when no proxy is trusted, so a client cannot claim https or another host", () => {
    const req = request(forged);
    expect(normaliseForwarded(req, { hops: 0, publicUrl: null })).toEqual({ https: false, host: "127.0.0.1:3000" });
    expect(req.headers["x-forwarded-host"]).toBeUndefined();
    expect(req.headers["x-forwarded-proto"]).toBeUndefined();
  });

  it("are believed from the trusted proxies only: the entry they wrote, not what the client put before it", () => {
    const req = request({ host: "app:3000", "x-forwarded-proto": "http, https", "x-forwarded-host": "evil.example, htx.gov.vn" });
    expect(normaliseForwarded(req, { hops: 1, publicUrl: null })).toEqual({ https: true, host: "htx.gov.vn" });
    expect(req.headers["x-forwarded-host"]).toBe("htx.gov.vn");
  });

  it("say https whenever the public URL is https", () => {
    expect(normaliseForwarded(request({ host: "app:3000" }), { hops: 0, publicUrl: new URL("https://htx.gov.vn") }).https).toBe(true);
  });
});

describe("the public URL", () => {
  it("becomes next-auth's URL; without one next-auth trusts the host the browser used", () => {
    expect(authUrlEnv(parsePublicUrl("https://htx.gov.vn/"))).toEqual({ NEXTAUTH_URL: "https://htx.gov.vn" });
    expect(authUrlEnv(parsePublicUrl(undefined))).toEqual({ AUTH_TRUST_HOST: "true" });
    expect(() => parsePublicUrl("ftp://htx.gov.vn")).toThrow(/http/);
  });
});

describe("a server action's origin", () => {
  const origin = { https: false, host: "localhost:3000" };
  it.each([
    ["http://localhost:3000", true],
    ["https://htx.gov.vn", true],
    ["http://evil.example", false],
    ["http://localhost:3001", false],
    ["null", false],
    ["not a url", false],
    [undefined, false],
  ])("%s -> %s", (header, ok) => {
    expect(sameOrigin(header, origin, new URL("https://htx.gov.vn"))).toBe(ok);
  });
});

describe("security headers", () => {
  it("forbid framing, plugins, foreign base URIs and foreign form targets, and eval outside development", () => {
    const csp = contentSecurityPolicy();
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(csp).toContain(d);
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
  });
  it("carry HSTS over HTTPS only", () => {
    expect(securityHeaders({ https: false }).map(([n]) => n)).not.toContain("Strict-Transport-Security");
    expect(Object.fromEntries(securityHeaders({ https: true }))["Strict-Transport-Security"]).toBe("max-age=31536000");
  });
});

describe("a database that cannot be used", () => {
  it.each([
    [{ name: "PrismaClientKnownRequestError", code: "P1001", message: "Can't reach database server at 10.0.0.5:5432" }, true],
    [{ name: "PrismaClientKnownRequestError", code: "P2010", message: "Raw query failed. Code: `57014`", meta: { driverAdapterError: { cause: { code: "57014" } } } }, true],
    [new Error("Query read timeout"), true],
    [new Error("Connection terminated due to connection timeout"), true],
    [Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), true],
    [{ name: "PrismaClientKnownRequestError", code: "P2002", message: "Unique constraint failed" }, false],
    [new TypeError("cannot read properties of undefined"), false],
    [null, false],
  ])("%#", (err, unavailable) => {
    expect(isDatabaseUnavailable(err)).toBe(unavailable);
  });
});
