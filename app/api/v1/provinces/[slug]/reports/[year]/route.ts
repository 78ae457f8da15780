// GET  /api/v1/provinces/{slug}/reports/{year}: one report; a draft only for those allowed to see it.
// PUT  /api/v1/provinces/{slug}/reports/{year}: save a draft { version, values } (session cookie, same origin).
// DELETE /api/v1/provinces/{slug}/reports/{year}: delete a mistaken draft, body { version? } (never a submitted
//      or approved report).
import { NextResponse, type NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { errorResponse, handleWrite } from "@/lib/api/handle";
import { parseReportAddress } from "@/lib/api/report-params";
import { apiError } from "@/lib/api/respond";
import { reportsForActor } from "@/lib/queries/reports-for-actor";
import { deleteDraft } from "@/lib/services/reports/delete-draft";
import { saveDraft } from "@/lib/services/reports/save-draft";

type Ctx = { params: Promise<{ slug: string; year: string }> };

export async function GET(request: NextRequest, ctx: Ctx) {
  const address = parseReportAddress(await ctx.params);
  if (!address.ok) return address.response;
  try {
    const actor = await actorFromRequest(request);
    const reports = await reportsForActor(db, { actor, slug: address.slug, from: address.year, to: address.year, includeDrafts: true });
    if (!reports?.length) return apiError(404, "NOT_FOUND", (w) => w.api("NO_REPORT"));
    return NextResponse.json({ province: address.slug, report: reports[0] }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function PUT(request: NextRequest, ctx: Ctx) {
  const address = parseReportAddress(await ctx.params, { writable: true });
  if (!address.ok) return address.response;
  return handleWrite(request, async (body) => saveDraft(db, { actor: await actorFromRequest(request), slug: address.slug, year: address.year, body }));
}

export async function DELETE(request: NextRequest, ctx: Ctx) {
  const address = parseReportAddress(await ctx.params);
  if (!address.ok) return address.response;
  return handleWrite(request, async (body) => deleteDraft(db, { actor: await actorFromRequest(request), slug: address.slug, year: address.year, body }));
}
