// POST /api/v1/provinces/{slug}/reports/{year}/{submit|approve|return|reopen}: the workflow, body
// { version?, comment? } (a comment is required to return, a reason to reopen).
import type { NextRequest } from "next/server";
import { z } from "zod";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { handleWrite } from "@/lib/api/handle";
import { parse } from "@/lib/api/params";
import { parseReportAddress } from "@/lib/api/report-params";
import { transitionReport } from "@/lib/services/reports/transition";

const actionParam = z.enum(["submit", "approve", "return", "reopen"]);

export async function POST(request: NextRequest, ctx: { params: Promise<{ slug: string; year: string; action: string }> }) {
  const p = await ctx.params;
  const action = parse(actionParam, p.action, "action");
  if (!action.ok) return action.response;
  // Returning and reopening reach any year, so a report made before the range existed can be cleaned up.
  const address = parseReportAddress(p, { writable: action.value === "submit" || action.value === "approve" });
  if (!address.ok) return address.response;
  return handleWrite(request, async (body) =>
    transitionReport(db, { actor: await actorFromRequest(request), slug: address.slug, year: address.year, transition: action.value, body }),
  );
}
