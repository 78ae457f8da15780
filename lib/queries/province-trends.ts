// What a province's trends are drawn from (lib/charts/trend-data.ts): its approved whole-province values over
// every year, its own terms' targets, and, with the roll-up, the values of the provinces merged into it.
// Public read: only APPROVED reports.
import "server-only";
import { db } from "@/lib/db";
import { perRequest } from "@/lib/cache/per-request";
import { todaysGroups } from "@/lib/domain/rollup";
import type { PrismaClient } from "@/lib/prisma-client";
import type { TrendInput } from "@/lib/charts/trend-data";
import { provinceNodes } from "./compare-shapes";
import { indicatorSelect, num, sourceSelect, toSourceRef } from "./shapes";

/** `rolledUp`: count the provinces merged into it, as far as they existed each year (the toggle). */
export async function provinceTrendsWith(client: PrismaClient, slug: string, rolledUp: boolean): Promise<TrendInput | null> {
  const nodes = await provinceNodes(client);
  const self = nodes.find((n) => n.slug === slug);
  if (!self) return null;
  const group = rolledUp && self.validUntil === null ? (todaysGroups(nodes).get(slug) ?? [slug]) : [slug];
  const [values, indicators, targets] = await Promise.all([
    client.reportValue.findMany({
      where: { dimension: "", report: { status: "APPROVED", province: { slug: { in: group } } } },
      select: {
        fromYear: true, qualifier: true, value: true, high: true, derived: true, estimate: true, ambiguous: true,
        indicator: { select: { code: true } },
        report: { select: { year: true, province: { select: { slug: true } }, source: { select: sourceSelect } } },
        source: { select: sourceSelect },
      },
    }),
    client.indicator.findMany({ select: { ...indicatorSelect, baseCode: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
    client.target.findMany({
      where: { term: { province: { slug } } },
      select: { kind: true, year: true, min: true, max: true, qualifier: true, indicator: { select: { code: true } }, term: { select: { startYear: true, endYear: true } } },
    }),
  ]);
  return {
    indicators,
    members: group.map((s) => nodes.find((n) => n.slug === s)!),
    figures: values.map((v) => ({
      province: v.report.province.slug,
      code: v.indicator.code,
      year: v.report.year,
      fromYear: v.fromYear,
      qualifier: v.qualifier,
      value: num(v.value),
      high: num(v.high),
      // A value with no source has no article to doubt: its province is the report's own.
      flags: { derived: v.derived, estimate: v.estimate, ambiguous: v.ambiguous, attribution: v.source?.attribution ?? "STATED" },
      source: toSourceRef(v.source ?? v.report.source),
    })),
    targets: targets.map((t) => ({
      code: t.indicator.code, kind: t.kind, year: t.year, min: num(t.min), max: num(t.max), qualifier: t.qualifier,
      startYear: t.term.startYear, endYear: t.term.endYear,
    })),
  };
}

export const getProvinceTrends = perRequest((slug: string, rolledUp: boolean) => provinceTrendsWith(db, slug, rolledUp));
