// GET /api/v1/import/templates/{register|report}?format=xlsx|csv — an empty import template with Vietnamese
// headers and a guide sheet. Holds no one's data (the report template lists the public indicator catalogue).
import type { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/api/handle";
import { apiError } from "@/lib/api/respond";
import { registerTemplate, reportTemplate } from "@/lib/services/import/templates";
import { badFormat, fileResponse, parseFileFormat } from "@/app/api/v1/import/_lib/http";

type Ctx = { params: Promise<{ kind: string }> };

export async function GET(request: NextRequest, ctx: Ctx) {
  const { kind } = await ctx.params;
  const format = parseFileFormat(request.nextUrl.searchParams.get("format"));
  if (!format) return badFormat();
  try {
    if (kind === "register") return fileResponse(await registerTemplate(format, "vi"));
    if (kind === "report") return fileResponse(await reportTemplate(db, format, "vi"));
    return apiError(404, "NOT_FOUND", (w) => w.api("UNKNOWN_TEMPLATE"));
  } catch (err) {
    return errorResponse(err);
  }
}
