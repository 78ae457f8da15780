// Calls the app's route handlers in-process against the run's database: the API's contract tested on a real
// Postgres without a browser. lib/db reads DATABASE_URL on first use, so it is set before anything imports it.
import { NextRequest } from "next/server";
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { databaseUrl, freshDemoDb } from "./db";

export function useRunDatabase(): void {
  process.env.DATABASE_URL = databaseUrl();
}

type Loaders = Record<string, () => Promise<unknown>>;
export type Routes<L extends Loaders> = { [K in keyof L]: Awaited<ReturnType<L[K]>> };

/**
 * The route modules a test file calls, imported after the run's database is set (they read it on import):
 * `const loaders = { compare: () => import("@/app/api/v1/compare/route") }`, then `routes = await loadRoutes(loaders)`.
 */
export async function loadRoutes<L extends Loaders>(loaders: L): Promise<Routes<L>> {
  process.env.DATABASE_URL = databaseUrl(); // as useRunDatabase does (a name the hooks lint rule reserves)
  const routes: Record<string, unknown> = {};
  for (const [name, load] of Object.entries(loaders)) routes[name] = await load();
  return routes as Routes<L>;
}

type Handler<P> = (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>;

export async function call<P>(handler: Handler<P>, url: string, params: P, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response> {
  const req = new NextRequest(new URL(url, "http://localhost"), {
    method: init?.method ?? "GET",
    headers: init?.headers,
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return handler(req, { params: Promise.resolve(params) });
}

export const TEST_SECRET = "test-secret-of-at-least-thirty-two-characters";

/** A session cookie for a user, signed as next-auth signs it. */
export async function sessionCookie(user: { id: number }, sessionVersion = 0): Promise<string> {
  process.env.NEXTAUTH_SECRET = TEST_SECRET;
  const { encode } = await import("next-auth/jwt");
  const token = await encode({ token: { uid: user.id, sv: sessionVersion }, secret: TEST_SECRET });
  return `next-auth.session-token=${token}`;
}

/**
 * A test file's demo database and route modules, made before its tests and closed after them: `const api =
 * demoApi(loaders)`, then `api.routes.progress.GET` and `api.db` inside the tests.
 */
export function demoApi<L extends Loaders>(loaders: L): { routes: Routes<L>; db: PrismaClient } {
  const api = { routes: {} as Routes<L>, db: undefined as unknown as PrismaClient };
  beforeAll(async () => {
    api.db = await freshDemoDb();
    Object.assign(api.routes, await loadRoutes(loaders));
  });
  afterAll(() => api.db.$disconnect());
  return api;
}
