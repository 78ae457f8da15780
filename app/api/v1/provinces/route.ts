// GET /api/v1/provinces[?format=csv]: every province, before and after the 2025 merger.
import type { NextRequest } from "next/server";
import { formatParam, parse } from "@/lib/api/params";
import { csv, json } from "@/lib/api/respond";
import { listProvinces } from "@/lib/queries/open-data";
import { jsonErrors } from "@/lib/api/guard";

export const GET = jsonErrors(async (request: NextRequest) => {
  const format = parse(formatParam, request.nextUrl.searchParams.get("format"), "format");
  if (!format.ok) return format.response;
  const provinces = await listProvinces();
  if (format.value === "json") return json({ provinces });
  return csv(
    "provinces.csv",
    ["slug", "code", "name", "former_name", "valid_from", "valid_until", "merged_into", "merged_on"],
    provinces.map((p) => [p.slug, p.code, p.name, p.formerName, p.validFrom, p.validUntil, p.mergedInto, p.mergedOn]),
  );
});
