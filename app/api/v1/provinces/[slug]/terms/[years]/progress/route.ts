// GET /api/v1/provinces/{slug}/terms/{years}/progress[?format=csv|xlsx][&lang=en]: every target of the term against
// its result. The workbook is for people: worded headers and statuses in its language (decision 0035).
import type { NextRequest } from "next/server";
import { parseTermRequest, progressFormatParam } from "@/lib/api/params";
import { csv, download, json } from "@/lib/api/respond";
import { termNotFound } from "@/lib/api/term-not-found";
import { progressSheet } from "@/lib/exports/progress-sheet";
import { getMessages } from "@/lib/i18n/messages";
import { CONTENT_TYPES, xlsxBuffer } from "@/lib/services/import/workbook";
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
  const req = parseTermRequest(params, request.nextUrl.searchParams, progressFormatParam);
  if (!req.ok) return req.response;
  const progress = await readTermProgress(req.slug, req.years[0], req.years[1]);
  if (!progress) return termNotFound(req.slug, params.years);
  if (req.format === "json") return json(progress);
  if (req.format === "xlsx") {
    const body = await xlsxBuffer([progressSheet(progress.rows, req.lang, getMessages(req.lang))]);
    const suffix = req.lang === "en" ? "-en" : "";
    return download(`${req.slug}-${params.years}-progress${suffix}.xlsx`, CONTENT_TYPES.xlsx, body);
  }
  return csv(
    `${req.slug}-${params.years}-progress.csv`,
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
