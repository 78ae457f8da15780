// Runs a write behind the JSON API: refuses cross-site browser requests, reads the JSON body, and turns the
// service's expected errors into JSON with the right status. Unexpected errors are logged and answered with a
// generic message: a raw database error never reaches the client.
import { NextResponse, type NextRequest } from "next/server";
import { MESSAGES, ServiceError } from "../services/errors";
import { isDatabaseUnavailable } from "../db-errors";
import { apiError, databaseUnavailable } from "./respond";
import { BodyTooLarge, JSON_BODY_LIMIT, readBodyLimited, tooLarge } from "./read-body";

/** A browser always sends Origin on a cross-site write; a different one means another site is asking. */
export function crossSite(request: NextRequest): boolean {
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
    const m = MESSAGES[err.code];
    return NextResponse.json({ error: { code: err.code, message: m.vi, messageEn: m.en, ...(err.details ?? {}) } }, { status: err.status });
  }
  if (isDatabaseUnavailable(err)) {
    console.error("The database is unavailable:", err);
    return databaseUnavailable();
  }
  console.error("Unexpected error behind the API:", err);
  return apiError(500, "INTERNAL", "Máy chủ gặp lỗi; chưa có gì được lưu. Xin thử lại sau.", "The server failed; nothing was saved. Please try again later.");
}

/** The 403 for a cross-site browser request, or null when the request may go on. */
export function refuseCrossSite(request: NextRequest): NextResponse | null {
  return crossSite(request) ? apiError(403, "CROSS_SITE", "Yêu cầu từ trang khác bị từ chối.", "Requests from another site are refused.") : null;
}

export async function handleWrite(request: NextRequest, run: (body: unknown) => Promise<unknown>): Promise<NextResponse> {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/json")) return apiError(415, "JSON_ONLY", "Cần gửi dữ liệu dạng JSON (Content-Type: application/json).", "Send JSON (Content-Type: application/json).");
  const body = await readJson(request);
  if (!body.ok && body.tooLarge) return tooLarge(JSON_BODY_LIMIT);
  if (!body.ok) return apiError(400, "BAD_JSON", "Dữ liệu gửi lên không phải JSON hợp lệ.", "The request body is not valid JSON.");
  try {
    return NextResponse.json(await run(body.body));
  } catch (err) {
    return errorResponse(err);
  }
}
