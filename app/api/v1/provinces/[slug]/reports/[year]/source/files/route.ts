// GET  /api/v1/provinces/{slug}/reports/{year}/source/files: the files of the report's cited source, as …/source.
// POST /api/v1/provinces/{slug}/reports/{year}/source/files — multipart form data `file`: attaches the cited
// document's file (PDF, XLSX or DOCX, found from the content; at most 10 MB) to a draft report (decision 0040).
// Session cookie, same origin. The permission is checked before the upload is read, and the upload is read
// within its limit before anything parses it (decision 0015). A browser's plain form post (no JavaScript) is
// sent back to the report form; a script gets JSON.
import { NextResponse, type NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { jsonErrors } from "@/lib/api/guard";
import { parseReportAddress } from "@/lib/api/report-params";
import { isLocale } from "@/lib/i18n/config";
import { localePath } from "@/lib/i18n/paths";
import { ServiceError } from "@/lib/services/errors";
import { sourceEditProvince, sourceError } from "@/lib/services/sources/access";
import { attachSourceFile, MAX_FILE_BYTES } from "@/lib/services/sources/attach-source-file";
import { readUpload, refuseCrossSite } from "@/app/api/v1/import/_lib/http";
import { apiError } from "@/lib/api/respond";
import { readReportSource } from "@/lib/queries/report-source";

type Ctx = { params: Promise<{ slug: string; year: string }> };

/** The import's upload refusals (errors.importFile) in this form's words (errors.source). */
function asSourceError(err: unknown): unknown {
  const code = err instanceof ServiceError ? (err.details?.file as { code?: string } | undefined)?.code : undefined;
  if (code === "TOO_LARGE") return new ServiceError("INVALID", { fields: [sourceError("file", "FILE_TOO_LARGE", { max: MAX_FILE_BYTES / 1024 / 1024 })] });
  if (code === "NO_FILE") return new ServiceError("INVALID", { fields: [sourceError("file", "NO_FILE")] });
  return err;
}

export const GET = jsonErrors(async (request: NextRequest, ctx: Ctx) => {
  const at = parseReportAddress(await ctx.params);
  if (!at.ok) return at.response;
  const found = await readReportSource(db, await actorFromRequest(request), at);
  if (!found) return apiError(404, "NOT_FOUND", (w) => w.api("NO_REPORT"));
  return NextResponse.json({ files: found.source?.files ?? [] }, { headers: { "Cache-Control": "private, no-store" } });
});

export const POST = jsonErrors(async (request: NextRequest, ctx: Ctx) => {
  const refused = refuseCrossSite(request);
  if (refused) return refused;
  const at = parseReportAddress(await ctx.params, { writable: true });
  if (!at.ok) return at.response;
  const actor = await actorFromRequest(request);
  // Permission before the upload is read: a refused user's file is never looked at.
  await sourceEditProvince(db, actor, at.slug, at.year);
  const upload = await readUpload(request).catch((e: unknown) => { throw asSourceError(e); });
  const done = await attachSourceFile(db, { actor, slug: at.slug, year: at.year, file: upload.file });
  if (!(request.headers.get("accept") ?? "").includes("text/html")) return NextResponse.json(done, { headers: { "Cache-Control": "no-store" } });
  const locale = isLocale(upload.fields.locale) ? upload.fields.locale : "vi";
  return NextResponse.redirect(new URL(`${localePath(locale, `/quan-ly/bao-cao/${at.slug}/${at.year}`)}#nguon`, request.url), 303);
});
