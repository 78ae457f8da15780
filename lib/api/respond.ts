// Responses of the open-data API: JSON, CSV (UTF-8 with a BOM, so Excel shows Vietnamese correctly), and
// errors as JSON that say what is wrong, in Vietnamese first and English.
import { NextResponse } from "next/server";
import { PUBLIC_CACHE_CONTROL as CACHE } from "@/lib/cache/headers";
import type { ErrorWords } from "@/lib/i18n/errors";
import { csvText, type CsvCell } from "@/lib/services/import/csv";
import { inBoth } from "./words";

export function json(data: unknown): NextResponse {
  return NextResponse.json(data, { headers: { "Cache-Control": CACHE } });
}

export interface ApiErrorBody {
  error: { code: string; message: string; messageEn: string; parameter?: string };
}

/** An error answer, worded from the catalogue in both languages: `apiError(404, "X", (w) => w.api("X"))`. */
export function apiError(status: number, code: string, say: (w: ErrorWords) => string, parameter?: string): NextResponse<ApiErrorBody> {
  const [message, messageEn] = inBoth(say);
  return NextResponse.json({ error: { code, message, messageEn, ...(parameter ? { parameter } : {}) } }, { status });
}

/** The 503 when the database is down, frozen or too slow (lib/db-errors.ts): whether a write went through is unknown. */
export function databaseUnavailable(): NextResponse<ApiErrorBody> {
  const res = apiError(503, "DATABASE_UNAVAILABLE", (w) => w.api("DATABASE_UNAVAILABLE"));
  res.headers.set("Retry-After", "30");
  return res;
}

export const unknownProvince = (slug: string) =>
  apiError(404, "UNKNOWN_PROVINCE", (w) => w.api("UNKNOWN_PROVINCE", { slug }));

// The same writer as the import's files: text made formula-safe and quoted as needed.
export function csv(filename: string, header: string[], rows: CsvCell[][]): NextResponse {
  const body = csvText(header, rows);
  return new NextResponse(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": CACHE,
    },
  });
}

/** A file made for people (the progress workbook, the slides): public and cached like every open-data answer. */
export function download(filename: string, contentType: string, body: Buffer): NextResponse {
  return new NextResponse(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": CACHE,
    },
  });
}
