// GET /api/v1/provinces/{slug}/reports?from=YYYY&to=YYYY[&format=csv][&status=all]: approved figures by year and
// indicator; with status=all, also drafts and submitted reports for a signed-in user allowed to see them.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { actorFromRequest } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { reportsForActor } from "@/lib/queries/reports-for-actor";
import { badParameter, formatParam, parse, slugParam, yearParam } from "@/lib/api/params";
import { csv, json, unknownProvince } from "@/lib/api/respond";
import { provinceReports } from "@/lib/queries/open-data";
import type { SourceRef } from "@/lib/queries/shapes";
import { jsonErrors } from "@/lib/api/guard";
import { citedSources } from "@/lib/api/cited-sources";

/**
 * Who named the province of the value's source: STATED (the source itself), INFERRED or UNCONFIRMED (we did, from
 * the publisher or context), with why. A value with no source is the province's own report.
 */
function attribution(source: SourceRef | null) {
  return { provinceAttribution: source?.attribution ?? "STATED", provinceAttributionNote: source?.attributionNote ?? null, provinceAttributionNoteEn: source?.attributionNoteEn ?? null };
}

export const GET = jsonErrors(async (request: NextRequest, ctx: { params: Promise<{ slug: string }> }) => {
  const q = request.nextUrl.searchParams;
  const slug = parse(slugParam, (await ctx.params).slug, "slug");
  if (!slug.ok) return slug.response;
  const from = parse(yearParam.default(1945), q.get("from"), "from");
  if (!from.ok) return from.response;
  const to = parse(yearParam.default(2100), q.get("to"), "to");
  if (!to.ok) return to.response;
  if (to.value < from.value) return badParameter("to");
  const format = parse(formatParam, q.get("format"), "format");
  if (!format.ok) return format.response;
  const status = parse(z.enum(["all", "approved"]).default("approved"), q.get("status"), "status");
  if (!status.ok) return status.response;

  if (status.value === "all" && format.value === "json") {
    // Private: depends on who asks, so it bypasses the public cache.
    const actor = await actorFromRequest(request);
    const reports = await reportsForActor(db, { actor, slug: slug.value, from: from.value, to: to.value, includeDrafts: true });
    if (!reports) return unknownProvince(slug.value);
    const body = { province: slug.value, from: from.value, to: to.value, years: reports.map(({ values, ...r }) => ({ ...r, values: values.map(({ indicator, year: _y, source, ...v }) => ({ indicator: indicator.code, unit: indicator.unit, ...v, source: source?.key ?? null })), sources: citedSources(values) })) };
    return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
  }

  const years = await provinceReports(slug.value, from.value, to.value);
  if (!years) return unknownProvince(slug.value);
  if (format.value === "json") {
    return json({
      province: slug.value,
      from: from.value,
      to: to.value,
      years: years.map((y) => ({
        year: y.year,
        approvedOn: y.approvedOn,
        values: y.values.map(({ indicator, year: _year, source, ...v }) => ({ indicator: indicator.code, unit: indicator.unit, ...v, source: source?.key ?? null, ...attribution(source) })),
        sources: citedSources(y.values),
      })),
    });
  }
  return csv(
    `${slug.value}-reports.csv`,
    ["year", "indicator", "unit", "dimension", "from_year", "qualifier", "value", "high", "derived", "estimate", "ambiguous", "includes_credit_funds", "source", "approved_on", "province_attribution", "province_attribution_note", "source_title"],
    years.flatMap((y) =>
      y.values.map((v) => {
        const a = attribution(v.source);
        return [y.year, v.indicator.code, v.indicator.unit, v.dimension, v.fromYear, v.qualifier, v.value, v.high, v.derived, v.estimate, v.ambiguous, v.includesCreditFunds, v.source?.key, y.approvedOn, a.provinceAttribution, a.provinceAttributionNote, v.source?.title];
      }),
    ),
  );
});
