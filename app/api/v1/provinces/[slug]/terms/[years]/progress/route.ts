// GET /api/v1/provinces/{slug}/terms/{years}/progress[?format=csv]: every target of the term against its result.
import type { NextRequest } from "next/server";
import { formatParam, parse, slugParam, termYearsParam } from "@/lib/api/params";
import { apiError, csv, json, unknownProvince } from "@/lib/api/respond";
import { provinceTerms } from "@/lib/queries/open-data";
import { readTermProgress } from "@/lib/queries/term-progress";
import { jsonErrors } from "@/lib/api/guard";

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
    return apiError(404, "UNKNOWN_TERM", `Tỉnh “${slug.value}” không có nhiệm kỳ ${params.years}.`, `Province "${slug.value}" has no term ${params.years}.`);
  }
  if (format.value === "json") return json(progress);
  return csv(
    `${slug.value}-${params.years}-progress.csv`,
    ["indicator", "unit", "target_kind", "target_min", "target_max", "target_year", "result_value", "result_low", "result_high", "result_qualifier", "achievement", "achievement_high", "exceeded_by", "approximate", "status", "running", "expected", "sources"],
    progress.rows.map((r) => [
      r.indicator, r.unit, r.target.kind, r.target.min, r.target.max, r.target.year,
      r.result.value, r.result.low, r.result.high, r.result.qualifier,
      r.achievement, r.achievementHigh, r.exceededBy, r.approximate, r.status, r.running, r.expected,
      r.sources.map((s) => s.key).join(";"),
    ]),
  );
});
