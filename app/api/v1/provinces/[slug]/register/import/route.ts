// POST /api/v1/provinces/{slug}/register/import?mode=check|commit — multipart form data: `file` (XLSX or CSV,
// the register template; text numbers written the Vietnamese way). mode=check (the default) is the dry
// run: every bad row and why, nothing written. mode=commit writes every row in one transaction, or none.
// Session cookie, same origin. Progress as NDJSON with Accept: application/x-ndjson (see ../../../../import/_lib/http.ts).
import type { NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/api/handle";
import { parse, slugParam } from "@/lib/api/params";
import { importRegister } from "@/lib/services/import/register-import";
import { registerProvince } from "@/lib/services/register/access";
import { FILE_LOCALE, readUpload, refuseCrossSite, runImport } from "@/app/api/v1/import/_lib/http";

type Ctx = { params: Promise<{ slug: string }> };

export async function POST(request: NextRequest, ctx: Ctx) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const slug = parse(slugParam, (await ctx.params).slug, "slug");
  if (!slug.ok) return slug.response;
  try {
    const actor = await actorFromRequest(request);
    // Permission before the upload is read: a refused user's file is never looked at.
    await registerProvince(db, actor, slug.value, "edit");
    const upload = await readUpload(request);
    const commit = request.nextUrl.searchParams.get("mode") === "commit";
    return runImport(request, (onProgress) => importRegister(db, { actor, slug: slug.value, file: upload.file, locale: FILE_LOCALE, commit, onProgress }));
  } catch (err) {
    return errorResponse(err);
  }
}
