// GET /api/v1/provinces/{slug}/reports/{year}/source: the report's cited source document and its files (an
//      approved report's for anyone; a draft's only for those who may see it).
// PUT  …/source: cite it, body { documentNo, issuedOn ("15/12/2025" or "2025-12-15"), issuer } (session cookie,
//      same origin; only while the report is a draft, by whoever may save it). Decision 0040.
// PUT  …/source?indicator={code}: the same body, cited for that one value of the report (its own source).
// DELETE …/source?indicator={code}: removes that value's own citation (body {}); the value cites the report's again.
import { NextResponse, type NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { jsonErrors } from "@/lib/api/guard";
import { handleWrite } from "@/lib/api/handle";
import { parseReportAddress } from "@/lib/api/report-params";
import { apiError } from "@/lib/api/respond";
import { readReportSource } from "@/lib/queries/report-source";
import { citeReportSource } from "@/lib/services/sources/cite-report-source";
import { removeValueSource } from "@/lib/services/sources/remove-value-source";

type Ctx = { params: Promise<{ slug: string; year: string }> };

export const GET = jsonErrors(async (request: NextRequest, ctx: Ctx) => {
  const address = parseReportAddress(await ctx.params);
  if (!address.ok) return address.response;
  const found = await readReportSource(db, await actorFromRequest(request), address);
  if (!found) return apiError(404, "NOT_FOUND", (w) => w.api("NO_REPORT"));
  return NextResponse.json({ province: address.slug, year: address.year, ...found }, { headers: { "Cache-Control": "private, no-store" } });
});

export async function PUT(request: NextRequest, ctx: Ctx) {
  const address = parseReportAddress(await ctx.params, { writable: true });
  if (!address.ok) return address.response;
  // Absent: the report's citation; present (even empty, then refused at its field): one value's.
  const indicator = request.nextUrl.searchParams.get("indicator") ?? undefined;
  return handleWrite(request, async (body) => citeReportSource(db, { actor: await actorFromRequest(request), slug: address.slug, year: address.year, body, indicator }));
}

export async function DELETE(request: NextRequest, ctx: Ctx) {
  const address = parseReportAddress(await ctx.params, { writable: true });
  if (!address.ok) return address.response;
  const indicator = request.nextUrl.searchParams.get("indicator");
  return handleWrite(request, async () => removeValueSource(db, { actor: await actorFromRequest(request), slug: address.slug, year: address.year, indicator }));
}
