// POST /api/v1/provinces/{slug}/reports/{year}/comments: a note on the report ({ body }), on one value
// ({ body, indicatorCode }) or a reply ({ body, parentId }); answers { comment }. The thread itself is read with
// GET …/reports?status=all (staff only).
import type { NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { handleWrite } from "@/lib/api/handle";
import { parseReportAddress } from "@/lib/api/report-params";
import { addComment } from "@/lib/services/reports/comments";

export async function POST(request: NextRequest, ctx: { params: Promise<{ slug: string; year: string }> }) {
  const address = parseReportAddress(await ctx.params);
  if (!address.ok) return address.response;
  return handleWrite(request, async (body) => addComment(db, { actor: await actorFromRequest(request), slug: address.slug, year: address.year, body }));
}
