// GET /api/v1/provinces/{slug}/terms/{years}/progress[?format=csv]: every target of the term against its result.
import type { NextRequest } from "next/server";
import { formatParam, parse, slugParam, termYearsParam } from "@/lib/api/params";
import { apiError, csv, json, unknownProvince } from "@/lib/api/respond";
import { provinceTerms } from "@/lib/queries/open-data";
import { readTermProgress } from "@/lib/queries/term-progress";
import { jsonErrors } from "@/lib/api/guard";
import type { Bounds, PaceRow } from "@/lib/queries/progress";

// A running term's pace (decision 0028), after the columns every row has; empty for a term that is over.
const PACE_COLUMNS = [
  "pace_status", "pace_reason", "pace_method", "pace_from_year", "pace_to_year", "pace_so_far_low", "pace_so_far_high", "pace_needed_low", "pace_needed_high",
  "pace_needed_from_now_low", "pace_needed_from_now_high", "pace_ratio_low", "pace_ratio_high", "projection_low", "projection_high",
];
const ends = (b: Bounds | null | undefined) => [b?.low, b?.high];
const paceCells = (p: PaceRow | null) =>
  [p?.status, p?.reason, p?.method, p?.fromYear, p?.toYear, ...ends(p?.soFar), ...ends(p?.needed), ...ends(p?.neededFromNow), ...ends(p?.ratio), ...ends(p?.projection)];

export const GET = jsonErrors(async (request: NextRequest, ctx: { params: Promise<{ slug: string; years: string }> }) => {
  const params = await ctx.params;
  const slug = parse(slugParam, params.slug, "slug");
  if (!slug.ok) return slug.response;
  const years = parse(termYearsParam, params.years, "years");
  if (!years.ok) return years.response;
  const format = parse(formatParam, request.nextUrl.searchParams.get("format"), "format");
  if (!format.ok) return format.response;

  const progress = await readTermProgress(slug.value, years.value[0], years.value[1]);
  if (!progress) {
    if (!(await provinceTerms(slug.value))) return unknownProvince(slug.value);
    return apiError(404, "UNKNOWN_TERM", (w) => w.api("UNKNOWN_TERM", { slug: slug.value, years: params.years }));
  }
  if (format.value === "json") return json(progress);
  return csv(
    `${slug.value}-${params.years}-progress.csv`,
    ["indicator", "unit", "target_kind", "target_min", "target_max", "target_year", "result_value", "result_low", "result_high", "result_qualifier", "achievement", "achievement_high", "exceeded_by", "approximate", "status", "running", "expected", "sources", ...PACE_COLUMNS],
    progress.rows.map((r) => [
      r.indicator, r.unit, r.target.kind, r.target.min, r.target.max, r.target.year,
      r.result.value, r.result.low, r.result.high, r.result.qualifier,
      r.achievement, r.achievementHigh, r.exceededBy, r.approximate, r.status, r.running, r.expected,
      r.sources.map((s) => s.key).join(";"),
      ...paceCells(r.pace),
    ]),
  );
});
