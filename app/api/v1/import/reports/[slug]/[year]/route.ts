// GET  /api/v1/import/reports/{slug}/{year}?format=xlsx|csv — the report's values in the import template's format
//      (approved reports for anyone, drafts for those allowed to see them).
// POST /api/v1/import/reports/{slug}/{year}?mode=check|commit — multipart: `file`, and for commit the
//      `version` the check returned. Writes through saveDraft: same checks, version guard and audit as the form.
import type { NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/api/handle";
import { parseReportAddress } from "@/lib/api/report-params";
import { ServiceError } from "@/lib/services/errors";
import { exportReport } from "@/lib/services/import/export-report";
import { importReport } from "@/lib/services/import/report-import";
import { provinceBySlug } from "@/lib/queries/province-by-slug";
import { badFormat, FILE_LOCALE, fileResponse, parseFileFormat, readUpload, refuseCrossSite, runImport } from "@/app/api/v1/import/_lib/http";

type Ctx = { params: Promise<{ slug: string; year: string }> };

export async function GET(request: NextRequest, ctx: Ctx) {
  const address = parseReportAddress(await ctx.params);
  if (!address.ok) return address.response;
  const q = request.nextUrl.searchParams;
  const format = parseFileFormat(q.get("format"));
  if (!format) return badFormat();
  try {
    return fileResponse(await exportReport(db, { actor: await actorFromRequest(request), slug: address.slug, year: address.year, format, locale: FILE_LOCALE }));
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(request: NextRequest, ctx: Ctx) {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const address = parseReportAddress(await ctx.params, { writable: true });
  if (!address.ok) return address.response;
  try {
    const actor = await actorFromRequest(request);
    if (!actor) throw new ServiceError("NOT_SIGNED_IN");
    if (!can(actor, "report:edit", { provinceId: (await provinceBySlug(db, address.slug)).id })) throw new ServiceError("FORBIDDEN");
    const upload = await readUpload(request);
    const commit = request.nextUrl.searchParams.get("mode") === "commit";
    const version = upload.fields.version === undefined ? undefined : Number(upload.fields.version);
    return runImport(request, (onProgress) => importReport(db, { actor, slug: address.slug, year: address.year, file: upload.file, locale: FILE_LOCALE, commit, version, onProgress }));
  } catch (err) {
    return errorResponse(err);
  }
}
