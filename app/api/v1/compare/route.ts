// GET /api/v1/compare?indicator=coops_total&year=2024[&from=2013][&boundaries=today|time][&format=csv]: one
// indicator across provinces and the nation for a year (or, with from, a term total), as /so-sanh shows it.
// Every total carries the flags it inherits from its inputs (lib/domain/flags.ts) and whose they are.
import type { NextRequest } from "next/server";
import { z } from "zod";
import { formatParam, parse, yearParam } from "@/lib/api/params";
import { apiError, csv, json } from "@/lib/api/respond";
import { jsonErrors } from "@/lib/api/guard";
import { db } from "@/lib/db";
import { compareIndicatorWith, type CompareUnit } from "@/lib/queries/compare";

const codeParam = z.string().regex(/^[a-z0-9_]{1,64}$/);
const boundariesParam = z.enum(["today", "time"]).default("today");

const names = (list: { slug: string }[]) => list.map((p) => p.slug);

/** A unit as the API gives it: plain values, province slugs, source keys. */
function unitBody(u: CompareUnit) {
  const { from, ...flags } = u.flags;
  return {
    unit: u.slug,
    name: u.name,
    value: u.value,
    complete: u.complete,
    comparable: u.comparable,
    reason: u.reason,
    members: names(u.members),
    missing: names(u.missing),
    flags: { ...flags, provinces: Object.fromEntries(Object.entries(from).map(([k, v]) => [k, names(v)])) },
    sources: u.sources.map((s) => s.key),
  };
}

export const GET = jsonErrors(async (request: NextRequest) => {
  const q = request.nextUrl.searchParams;
  const code = codeParam.safeParse(q.get("indicator"));
  if (!code.success) return apiError(400, "BAD_PARAMETER", (w) => w.parameter("indicator"), "indicator");
  const year = parse(yearParam, q.get("year"), "year");
  if (!year.ok) return year.response;
  const from = parse(yearParam.optional(), q.get("from"), "from");
  if (!from.ok) return from.response;
  if (from.value !== undefined && from.value > year.value) return apiError(400, "BAD_PARAMETER", (w) => w.api("FROM_AFTER_YEAR"), "from");
  const boundaries = boundariesParam.safeParse(q.get("boundaries") ?? undefined);
  if (!boundaries.success) return apiError(400, "BAD_PARAMETER", (w) => w.parameter("boundaries"), "boundaries");
  const format = parse(formatParam, q.get("format"), "format");
  if (!format.ok) return format.response;

  const data = await compareIndicatorWith(db, code.data, year.value, boundaries.data, from.value ?? year.value);
  if (!data) return apiError(404, "UNKNOWN_INDICATOR", (w) => w.api("UNKNOWN_INDICATOR", { code: code.data }), "indicator");
  const units = [data.national, ...data.units].map(unitBody);
  if (format.value === "json") {
    return json({ indicator: data.indicator.code, unit: data.indicator.unit, kind: data.indicator.kind, year: data.year, fromYear: data.fromYear, boundaries: data.boundaries, national: units[0], units: units.slice(1) });
  }
  return csv(
    `compare-${data.indicator.code}-${data.fromYear === data.year ? data.year : `${data.fromYear}-${data.year}`}.csv`,
    ["unit", "name", "low", "high", "qualifier", "approx", "complete", "missing", "derived", "estimate", "ambiguous", "province_attribution", "unconfirmed_provinces", "inferred_provinces", "sources"],
    units.map((u) => [
      u.unit, u.name, u.value?.low ?? null, u.value?.high ?? null, u.value?.qualifier ?? null, u.value?.approx ?? null, u.complete, u.missing.join(";"),
      u.flags.derived, u.flags.estimate, u.flags.ambiguous, u.flags.attribution, u.flags.provinces.unconfirmed.join(";"), u.flags.provinces.inferred.join(";"), u.sources.join(";"),
    ]),
  );
});
