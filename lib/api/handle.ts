// Runs a write behind the JSON API: refuses cross-site browser requests, reads the JSON body, and turns the
// service's expected errors into JSON with the right status. Unexpected errors are logged and answered with a
// generic message: a raw database error never reaches the client.
import { NextResponse, type NextRequest } from "next/server";
import { ServiceError } from "@/lib/services/errors";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { apiError, databaseUnavailable } from "./respond";
import { inBoth, wordDetails } from "./words";
import { BodyTooLarge, JSON_BODY_LIMIT, readBodyLimited, tooLarge } from "./read-body";

/** A browser always sends Origin on a cross-site write; a different one means another site is asking. */
export function isCrossSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The JSON body, read within JSON_BODY_LIMIT before anything is parsed (lib/api/read-body.ts). */
export async function readJson(request: NextRequest): Promise<{ ok: true; body: unknown } | { ok: false; tooLarge?: true }> {
  let text: string;
  try {
    text = new TextDecoder().decode(await readBodyLimited(request, JSON_BODY_LIMIT));
  } catch (err) {
    if (err instanceof BodyTooLarge) return { ok: false, tooLarge: true };
    throw err;
  }
  if (!text.trim()) return { ok: true, body: {} };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function errorResponse(err: unknown): NextResponse {
  if (err instanceof ServiceError) {
    const [message, messageEn] = inBoth((w) => w.service(err.code));
    return NextResponse.json({ error: wordDetails({ code: err.code, message, messageEn, ...(err.details ?? {}) }) }, { status: err.status });
  }
  if (isDatabaseUnavailable(err)) {
    console.error("The database is unavailable:", err);
    return databaseUnavailable();
  }
  console.error("Unexpected error behind the API:", err);
  return apiError(500, "INTERNAL", (w) => w.service("UNEXPECTED"));
}

/** The 403 for a cross-site browser request, or null when the request may go on. */
export function refuseCrossSite(request: NextRequest): NextResponse | null {
  return isCrossSite(request) ? apiError(403, "CROSS_SITE", (w) => w.api("CROSS_SITE")) : null;
}

export async function handleWrite(request: NextRequest, run: (body: unknown) => Promise<unknown>): Promise<NextResponse> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json")) return apiError(415, "JSON_ONLY", (w) => w.api("JSON_ONLY"));
  const body = await readJson(request);
  if (!body.ok && body.tooLarge) return tooLarge(JSON_BODY_LIMIT);
  if (!body.ok) return apiError(400, "BAD_JSON", (w) => w.api("BAD_JSON"));
  try {
    return NextResponse.json(await run(body.body));
  } catch (err) {
    return errorResponse(err);
  }
}
