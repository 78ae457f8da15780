// GET /api/v1/provinces/{slug}/terms[?format=csv]: the province's congress terms, named by their years.
import type { NextRequest } from "next/server";
import { formatParam, parse, slugParam } from "@/lib/api/params";
import { csv, json, unknownProvince } from "@/lib/api/respond";
import { provinceTerms } from "@/lib/queries/open-data";
import { jsonErrors } from "@/lib/api/guard";

export const GET = jsonErrors(async (request: NextRequest, ctx: { params: Promise<{ slug: string }> }) => {
  const slug = parse(slugParam, (await ctx.params).slug, "slug");
  if (!slug.ok) return slug.response;
  const format = parse(formatParam, request.nextUrl.searchParams.get("format"), "format");
  if (!format.ok) return format.response;
  const terms = await provinceTerms(slug.value);
  if (!terms) return unknownProvince(slug.value);
  if (format.value === "json") return json({ province: slug.value, terms });
  return csv(
    `${slug.value}-terms.csv`,
    ["years", "start_year", "end_year", "congress", "label", "years_inferred", "targets", "note"],
    terms.map((t) => [t.years, t.startYear, t.endYear, t.congress, t.label, t.yearsInferred, t.targets, t.note]),
  );
});
