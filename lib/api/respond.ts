// Responses of the open-data API: JSON, CSV (UTF-8 with a BOM, so Excel shows Vietnamese correctly), and
// errors as JSON that say what is wrong, in Vietnamese first and English.
import { NextResponse } from "next/server";

const CACHE = "public, max-age=60, stale-while-revalidate=3600";

export function json(data: unknown): NextResponse {
  return NextResponse.json(data, { headers: { "Cache-Control": CACHE } });
}

export interface ApiErrorBody {
  error: { code: string; message: string; messageEn: string; parameter?: string };
}

export function apiError(status: number, code: string, message: string, messageEn: string, parameter?: string): NextResponse<ApiErrorBody> {
  return NextResponse.json({ error: { code, message, messageEn, ...(parameter ? { parameter } : {}) } }, { status });
}

export const unknownProvince = (slug: string) =>
  apiError(404, "UNKNOWN_PROVINCE", `Không có tỉnh, thành phố nào có mã “${slug}”.`, `No province has the slug "${slug}".`);

type Cell = string | number | boolean | null | undefined;

function cell(v: Cell): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

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
