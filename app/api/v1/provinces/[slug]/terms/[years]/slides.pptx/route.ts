// GET /api/v1/provinces/{slug}/terms/{years}/slides.pptx[?lang=en]: the term's presentation as a PowerPoint file
// for the Steering Committee's meeting (decision 0035), from the same reads as the presentation page.
import type { NextRequest } from "next/server";
import { parseTermRequest } from "@/lib/api/params";
import { download } from "@/lib/api/respond";
import { termNotFound } from "@/lib/api/term-not-found";
import { jsonErrors } from "@/lib/api/guard";
import { meetingPack, PPTX_TYPE } from "@/lib/exports/meeting-pack";
import { getMessages } from "@/lib/i18n/messages";
import { isSyntheticDatabase } from "@/lib/queries/synthetic-data";
import { lastApproved, loadTerm } from "@/app/[locale]/(public)/tinh/[slug]/nhiem-ky/[years]/term-data";

export const GET = jsonErrors(async (request: NextRequest, ctx: { params: Promise<{ slug: string; years: string }> }) => {
  const params = await ctx.params;
  const req = parseTermRequest(params, request.nextUrl.searchParams);
  if (!req.ok) return req.response;
  const [data, synthetic] = await Promise.all([loadTerm(Promise.resolve(params)), isSyntheticDatabase()]);
  if (!data) return termNotFound(req.slug, params.years);
  const m = getMessages(req.lang);
  const { progress, province, source } = data;
  const body = await meetingPack({
    progress,
    approved: lastApproved(province.reports, progress.term),
    source,
    banner: synthetic ? m.synthetic.banner : null,
    locale: req.lang,
    m,
  });
  return download(`${req.slug}-${params.years}${req.lang === "en" ? "-en" : ""}.pptx`, PPTX_TYPE, body);
});
