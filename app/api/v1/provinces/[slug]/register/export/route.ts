// GET /api/v1/provinces/{slug}/register/export?format=xlsx|csv&type=&sector=&status=&q= — the register list as
// filtered on the page (all pages, up to 50,000 units), in the import template's format. Session cookie.
import type { NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/api/handle";
import { parse, slugParam } from "@/lib/api/params";
import { exportRegister } from "@/lib/services/import/export-register";
import { registerFilters } from "@/lib/validation/register-filters";
import { badFormat, FILE_LOCALE, fileResponse, parseFileFormat } from "@/app/api/v1/import/_lib/http";

type Ctx = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, ctx: Ctx) {
  const slug = parse(slugParam, (await ctx.params).slug, "slug");
  if (!slug.ok) return slug.response;
  const q = request.nextUrl.searchParams;
  const format = parseFileFormat(q.get("format"));
  if (!format) return badFormat();
  try {
    const filters = registerFilters.parse(Object.fromEntries(q.entries()));
    const file = await exportRegister(db, { actor: await actorFromRequest(request), slug: slug.value, filters, format, locale: FILE_LOCALE });
    return fileResponse(file);
  } catch (err) {
    return errorResponse(err);
  }
}
