// POST /api/v1/provinces/{slug}/reports/{year}/comments/{id}/resolve: marks the comment's topic resolved (its
// province's editors and approvers, administrators, or the topic's author); answers { comment }.
import type { NextRequest } from "next/server";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { handleWrite } from "@/lib/api/handle";
import { parse, idParam } from "@/lib/api/params";
import { parseReportAddress } from "@/lib/api/report-params";
import { resolveComment } from "@/lib/services/reports/comments";


export async function POST(request: NextRequest, ctx: { params: Promise<{ slug: string; year: string; id: string }> }) {
  const p = await ctx.params;
  const address = parseReportAddress(p);
  if (!address.ok) return address.response;
  const id = parse(idParam, p.id, "comment");
  if (!id.ok) return id.response;
  return handleWrite(request, async () => resolveComment(db, { actor: await actorFromRequest(request), slug: address.slug, year: address.year, id: id.value }));
}
