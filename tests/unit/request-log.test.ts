// server/request-log.ts: one JSON line per request with what an operator needs, and nothing of the client's
// secrets (cookies, Authorization). A real HTTP server on loopback with the hook as server/main.ts installs it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { createLogger, logRequest } from "@/server/request-log";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(env: Record<string, string>, handler: (res: import("node:http").ServerResponse) => void): Promise<{ origin: string; lines: string[] }> {
  const lines: string[] = [];
  const logger = createLogger(readEnv(env), { write: (s: string) => void lines.push(...s.split("\n").filter(Boolean)) });
  server = createServer((req, res) => {
    logRequest(logger, req, res);
    handler(res);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, lines };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe("the request log", () => {
  it("writes one JSON line per request: method, path, status, ms, bytes, cache outcome and request id", async () => {
    const { origin, lines } = await serve({}, (res) => {
      res.setHeader("x-htx-cache", "HIT");
      res.setHeader("content-type", "text/plain");
      res.end("xin chào");
    });
    const res = await fetch(`${origin}/tinh/thai-nguyen?nam=2024`, {
      headers: { cookie: "next-auth.session-token=SECRET-COOKIE", authorization: "Bearer SECRET-TOKEN", "x-request-id": "abc-123" },
    });
    const body = await res.text();
    await settle();
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/SECRET/);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: 30, msg: "request", reqId: "abc-123", method: "GET", path: "/tinh/thai-nguyen?nam=2024", status: 200, cache: "HIT" });
    expect(typeof line.time).toBe("number");
    expect(line.ms).toBeGreaterThanOrEqual(0);
    expect(line.bytes).toBeGreaterThan(Buffer.byteLength(body));
    expect(line.aborted).toBeUndefined();
  });

  it("logs '-' without a cache outcome, and makes a request id when none (or a strange one) is given", async () => {
    const { origin, lines } = await serve({}, (res) => {
      res.statusCode = 404;
      res.end();
    });
    await (await fetch(`${origin}/khong-co`)).text();
    await (await fetch(`${origin}/khong-co`, { headers: { "x-request-id": "a b\"}" } })).text();
    await settle();
    expect(lines).toHaveLength(2);
    for (const raw of lines) {
      const line = JSON.parse(raw);
      expect(line).toMatchObject({ status: 404, cache: "-" });
      expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("logs no request when LOG_LEVEL is above info (tests/unit/env.test.ts: an unknown level stops the start)", async () => {
    const { origin, lines } = await serve({ LOG_LEVEL: "warn" }, (res) => res.end("ok"));
    await (await fetch(origin)).text();
    await settle();
    expect(lines).toHaveLength(0);
  });
});
