// GET    …/source/files/{id}: the file itself, at its one download address (/api/v1/source-files/{id}).
// DELETE /api/v1/provinces/{slug}/reports/{year}/source/files/{id}: removes an attached file from a draft report's
// source (decision 0040). Session cookie, same origin.
import { NextResponse, type NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { handleWrite } from "@/lib/api/handle";
import { parseReportAddress } from "@/lib/api/report-params";
import { apiError } from "@/lib/api/respond";
import { sourceFileHref } from "@/lib/format/citation";
import { removeSourceFile } from "@/lib/services/sources/attach-source-file";
import { idParam } from "@/lib/api/params";


type Ctx = { params: Promise<{ slug: string; year: string; id: string }> };

export async function GET(request: NextRequest, ctx: Ctx) {
  const id = idParam.safeParse((await ctx.params).id);
  if (!id.success) return apiError(404, "NOT_FOUND", (w) => w.api("NO_SUCH_ADDRESS"));
  // Who may download is decided there, by the reports that cite the file.
  return NextResponse.redirect(new URL(sourceFileHref(id.data), request.url), 307);
}

export async function DELETE(request: NextRequest, ctx: Ctx) {
  const p = await ctx.params;
  const address = parseReportAddress(p);
  if (!address.ok) return address.response;
  const id = idParam.safeParse(p.id);
  if (!id.success) return apiError(404, "NOT_FOUND", (w) => w.api("NO_SUCH_ADDRESS"));
  // Content-Type: application/json as every write of the API; an empty body reads as {}.
  return handleWrite(request, async () => removeSourceFile(db, { actor: await actorFromRequest(request), slug: address.slug, year: address.year, fileId: id.data }));
}
