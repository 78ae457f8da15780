// 10,000 generated requests at the JSON write routes (PUT …/reports/{year}, POST …/reports/{year}/{action},
// DELETE …/reports/{year}), in-process, signed in as staff of several roles: random JSON shapes, huge, tiny,
// negative and exponent numbers, NaN and Infinity written as JSON text, strings where numbers go, numbers as
// Vietnamese write them, deep nesting, unknown indicator codes, prototype-pollution keys and very long strings.
// Every answer must be below 500 (an expected refusal, never a crash) and Object.prototype must stay clean.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { freshDemoDb } from "@/tests/support/db";
import { makeUser } from "@/tests/support/factories";
import { sessionCookie, useRunDatabase } from "@/tests/support/routes";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
let db: PrismaClient;
let report: typeof import("@/app/api/v1/provinces/[slug]/reports/[year]/route");
let action: typeof import("@/app/api/v1/provinces/[slug]/reports/[year]/[action]/route");
const cookies: string[] = ["", "next-auth.session-token=garbage"];

beforeAll(async () => {
  db = await freshDemoDb();
  useRunDatabase();
  for (const [role, slug] of [["PROVINCE_EDITOR", "thai-nguyen"], ["PROVINCE_APPROVER", "thai-nguyen"], ["ADMIN", undefined], ["COMMITTEE", undefined]] as const) {
    cookies.push(await sessionCookie(await makeUser(db, role, slug)));
  }
  report = await import("@/app/api/v1/provinces/[slug]/reports/[year]/route");
  action = await import("@/app/api/v1/provinces/[slug]/reports/[year]/[action]/route");
}, 120_000);
afterAll(() => db.$disconnect());

const CODES = ["coops_total", "coops_new", "coops_new_agri", "members_workers", "avg_income_worker", "avg_profit_per_coop", "coops_effective_pct", "groups_new"];
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "no_such_indicator", "", "A-B", "x".repeat(65)];

const number = fc.oneof(
  fc.double(), fc.integer(), fc.integer({ min: 0, max: 1000 }),
  fc.constantFrom(1e16, -1e16, 9999999999999999, 1e15 + 0.5, 1e308, -1e308, 5e-324, 1e-7, 0.00001, 0.0001, -0, Number.MAX_SAFE_INTEGER, 2 ** 64, 123.45678),
);
const vietnamese = fc.constantFrom("1.342", "4,67", "1.342,5", "trên 200.000", "gần 40 tỷ", "2–4,5", "khoảng 32%", "١٢٣", "1e16", "NaN", "Infinity", "-0", " 12 ");
const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 50 }), vietnamese, fc.constant("9".repeat(100_000)), fc.constant("đ".repeat(20_000)));
const qualifier = fc.oneof(fc.constantFrom("EXACT", "AT_LEAST", "APPROX", "NEARLY", "RANGE"), fc.string({ maxLength: 10 }));
const value = fc.oneof(
  { weight: 4, arbitrary: number },
  { weight: 2, arbitrary: fc.record({ value: fc.oneof(number, text), qualifier, high: fc.oneof(number, fc.constant(null), text) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);
const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...CODES) }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 70 }) });
const values = fc.oneof({ weight: 6, arbitrary: fc.dictionary(key, value, { maxKeys: 8 }) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
const version = fc.oneof(fc.integer({ min: 0, max: 40 }), number, text, fc.constant(null));
/** Plausible saves, so that the run reaches the writes and the workflow, not only the parsers. */
const plausible = fc.record({ version: fc.constantFrom(0, 0, 1, 2, 3), values: fc.dictionary(fc.constantFrom(...CODES), fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 500 }) }, { weight: 1, arbitrary: number }), { maxKeys: 4 }) });
const body = fc.oneof(
  { weight: 5, arbitrary: plausible },
  { weight: 6, arbitrary: fc.record({ version, values }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.record({ version, values, extra: fc.jsonValue({ maxDepth: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ version, comment: fc.oneof(text, number) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 5 }) },
);
/** Text JSON.stringify cannot make: NaN and exponents out of range, deep nesting, duplicate and polluting keys. */
const raw = fc.oneof(
  fc.constantFrom(
    '{"version":0,"values":{"coops_total":1e999}}', '{"version":0,"values":{"coops_total":-1e999}}', '{"version":0,"values":{"coops_total":NaN}}',
    '{"version":0,"values":{"coops_total":1e-999}}', '{"version":0,"values":{"__proto__":{"polluted":true}}}', '{"__proto__":{"polluted":true},"version":0,"values":{}}',
    '{"version":0,"values":{"constructor":{"prototype":{"polluted":true}}}}', '{"version":1,"version":0,"values":{}}', "", "null", "[]", "\"x\"", "0", "{",
  ),
  fc.integer({ min: 1, max: 20_000 }).map((n) => "[".repeat(n) + "]".repeat(n)),
  fc.integer({ min: 1, max: 5_000 }).map((n) => `{"version":0,"values":${'{"a":'.repeat(n)}1${"}".repeat(n)}}`),
);
const payload = fc.oneof({ weight: 9, arbitrary: body.map((b) => JSON.stringify(b) ?? "null") }, { weight: 1, arbitrary: raw });
const year = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 2015, max: 2026 }).map(String) }, { weight: 1, arbitrary: fc.constantFrom("2099", "1999", "1945", "0", "-1", "2e3", "20.5", "x", "9".repeat(400)) });
const request = fc.record({
  route: fc.constantFrom("PUT", "PUT", "PUT", "DELETE", "submit", "approve", "return", "reopen", "bogus"),
  slug: fc.constantFrom("thai-nguyen", "thai-nguyen", "thai-nguyen", "thai-nguyen", "ha-giang", "no-such", "Thai_Nguyen"),
  year, payload, cookie: fc.integer({ min: 0, max: 5 }),
  type: fc.constantFrom("application/json", "application/json", "application/json; charset=utf-8", "text/plain"),
});

type Request = typeof request extends fc.Arbitrary<infer T> ? T : never;

async function send(r: Request): Promise<number> {
  const verb = r.route === "PUT" || r.route === "DELETE" ? r.route : "POST";
  const url = `http://localhost/api/v1/provinces/${r.slug}/reports/${r.year}${verb === "POST" ? `/${r.route}` : ""}`;
  const cookie = cookies[r.cookie];
  const req = new NextRequest(url, { method: verb, body: r.payload, headers: { "content-type": r.type, ...(cookie ? { cookie } : {}) } });
  const res = verb === "PUT" ? await report.PUT(req, { params: Promise.resolve({ slug: r.slug, year: r.year }) })
    : verb === "DELETE" ? await report.DELETE(req, { params: Promise.resolve({ slug: r.slug, year: r.year }) })
      : await action.POST(req, { params: Promise.resolve({ slug: r.slug, year: r.year, action: r.route }) });
  await res.arrayBuffer();
  return res.status;
}

describe("the write API under 10,000 generated requests", () => {
  it("never answers 5xx, and nothing pollutes Object.prototype", async () => {
    const statuses = new Map<number, number>();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const status = await send(r);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status, JSON.stringify({ ...r, payload: r.payload.slice(0, 300) })).toBeLessThan(500);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, seed: 20261129, endOnFailure: true },
    );
    console.log(`fuzz: ${RUNS} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses`, Object.fromEntries([...statuses].sort()));
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    // The run reached the services, not only the parsers: some saves went through.
    expect(statuses.get(200)).toBeGreaterThan(0);
  }, 180_000);
});
