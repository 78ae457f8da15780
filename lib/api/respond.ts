// Responses of the open-data API: JSON, CSV (UTF-8 with a BOM, so Excel shows Vietnamese correctly), and
// errors as JSON that say what is wrong, in Vietnamese first and English.
import { NextResponse } from "next/server";
import { PUBLIC_CACHE_CONTROL as CACHE } from "../cache/headers";
import { csvField } from "../services/import/csv";

export function json(data: unknown): NextResponse {
  return NextResponse.json(data, { headers: { "Cache-Control": CACHE } });
}

export interface ApiErrorBody {
  error: { code: string; message: string; messageEn: string; parameter?: string };
}

export function apiError(status: number, code: string, message: string, messageEn: string, parameter?: string): NextResponse<ApiErrorBody> {
  return NextResponse.json({ error: { code, message, messageEn, ...(parameter ? { parameter } : {}) } }, { status });
}

/** The 503 when the database is down, frozen or too slow (lib/db-errors.ts): whether a write went through is unknown. */
export function databaseUnavailable(): NextResponse<ApiErrorBody> {
  const res = apiError(
    503,
    "DATABASE_UNAVAILABLE",
    "Cơ sở dữ liệu tạm thời không trả lời. Xin thử lại sau ít phút; nếu bạn vừa lưu, hãy tải lại để xem thay đổi đã được ghi chưa.",
    "The database is not answering for now. Please try again in a few minutes; if you were saving, reload to see whether the change was recorded.",
  );
  res.headers.set("Retry-After", "30");
  return res;
}

export const unknownProvince = (slug: string) =>
  apiError(404, "UNKNOWN_PROVINCE", `Không có tỉnh, thành phố nào có mã “${slug}”.`, `No province has the slug "${slug}".`);

type Cell = string | number | boolean | null | undefined;

// Text is made formula-safe and quoted as needed by the same writer as the import's files (csvField).
const cell = (v: Cell): string => csvField(typeof v === "boolean" ? String(v) : v);

export function csv(filename: string, header: string[], rows: Cell[][]): NextResponse {
  const body = "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
  return new NextResponse(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": CACHE,
    },
  });
}
