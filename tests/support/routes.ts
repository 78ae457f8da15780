// Calls the app's route handlers in-process against the run's database: the API's contract tested on a real
// Postgres without a browser. lib/db reads DATABASE_URL on first use, so it is set before anything imports it.
import { NextRequest } from "next/server";
import { databaseUrl } from "./db";

export function useRunDatabase(): void {
  process.env.DATABASE_URL = databaseUrl();
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
