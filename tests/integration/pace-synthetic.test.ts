// The pace of running terms (decision 0028) through the progress API, on the synthetic country: the demo's articles
// have no running term with figures, the synthetic one has many (2022–2027 and the like, and the merged provinces'
// 2025–2030 terms with one year of figures).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import type { PaceRow, ProgressRow } from "@/lib/queries/progress";
import { lastCompleteYear } from "@/lib/queries/progress";
import { seedSynthetic } from "@/prisma/synthetic/index";
import { databaseUrl, testPrisma, truncateAll } from "@/tests/support/db";
import { call, useRunDatabase } from "@/tests/support/routes";

let db: PrismaClient;
let route: typeof import("@/app/api/v1/provinces/[slug]/terms/[years]/progress/route");
beforeAll(async () => {
  await truncateAll();
  db = testPrisma();
  expect((await seedSynthetic(databaseUrl(), { scale: 0.02 })).loaded).toBe(true);
  useRunDatabase();
  route = await import("@/app/api/v1/provinces/[slug]/terms/[years]/progress/route");
});
afterAll(() => db.$disconnect());

const progress = (slug: string, years: string, query = "") => call(route.GET, `/api/v1/provinces/${slug}/terms/${years}/progress${query}`, { slug, years });

async function runningTerms() {
  const terms = await db.term.findMany({ where: { endYear: { gt: lastCompleteYear() } }, select: { startYear: true, endYear: true, province: { select: { slug: true } } }, orderBy: { id: "asc" } });
  return terms.map((t) => ({ slug: t.province.slug, years: `${t.startYear}-${t.endYear}`, startYear: t.startYear, endYear: t.endYear }));
}

const SCALE: PaceRow["status"][] = ["ACHIEVED", "ON_TRACK", "ACCELERATION_NEEDED", "LIMITED_PROGRESS", "DETERIORATION", "INCONCLUSIVE", "NO_DATA"];

describe("the pace of the synthetic country's running terms", () => {
  it("is on every target of a running term, its figures consistent with each other and with the pro-rata status", async () => {
    const terms = await runningTerms();
    expect(terms.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    for (const term of terms) {
      const body: { asOfYear: number; rows: ProgressRow[] } = await (await progress(term.slug, term.years)).json();
      for (const row of body.rows) {
        const p = row.pace!;
        expect(p, `${term.slug} ${term.years} ${row.indicator}`).not.toBeNull();
        expect(SCALE).toContain(p.status);
        seen.add(p.status);
        if (p.status === "NO_DATA") continue;
        expect(p.toYear!).toBeLessThanOrEqual(body.asOfYear);
        expect(p.toYear!).toBeGreaterThan(p.fromYear);
        if (row.target.kind === "TERM_TOTAL" && p.worst === p.best && p.status !== "ACHIEVED") {
          // The total so far ÷ years gone by, against the target ÷ term years: Open SDG's R is the pro-rata ratio.
          const n = term.endYear - term.startYear;
          expect(p.needed!.low).toBeCloseTo(row.target.min / n, 6);
          expect(p.ratio!.low).toBeCloseTo(p.soFar!.low! / p.needed!.low!, 6);
          expect(p.projection!.low).toBeCloseTo(p.soFar!.low! * n, 6);
          // Measured to the same year as the pro-rata expectation, the two statuses agree wherever R is not 0.95–1.
          if (p.toYear === body.asOfYear && p.ratio!.low! >= 1) expect(row.status).toBe("ON_TRACK");
          if (p.toYear === body.asOfYear && p.ratio!.low! < 0.95) expect(row.status).toBe("BEHIND");
        }
      }
    }
    // The country is varied enough to show most of the scale.
    expect(seen.has("NO_DATA")).toBe(true);
    expect(["ON_TRACK", "ACCELERATION_NEEDED", "LIMITED_PROGRESS"].filter((s) => seen.has(s)).length).toBeGreaterThanOrEqual(2);
  });

  it("has no pace yet where a term began with the last complete year, and none for a term that is over", async () => {
    const fresh = (await runningTerms()).find((t) => t.startYear === lastCompleteYear());
    if (fresh) {
      const body = await (await progress(fresh.slug, fresh.years)).json();
      for (const row of body.rows as ProgressRow[]) expect(row.pace).toMatchObject({ status: "NO_DATA", soFar: null, projection: null });
    }
    const over = await db.term.findFirstOrThrow({ where: { endYear: { lte: lastCompleteYear() - 1 } }, select: { startYear: true, endYear: true, province: { select: { slug: true } } } });
    const body = await (await progress(over.province.slug, `${over.startYear}-${over.endYear}`)).json();
    for (const row of body.rows as ProgressRow[]) expect(row.pace).toBeNull();
  });

  it("carries the pace in the CSV after the columns every row has", async () => {
    const [term] = await runningTerms();
    const lines = (await (await progress(term.slug, term.years, "?format=csv")).text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    const header = lines[0].split(",");
    expect(header.slice(0, 18).join(",")).toBe("indicator,unit,target_kind,target_min,target_max,target_year,result_value,result_low,result_high,result_qualifier,achievement,achievement_high,exceeded_by,approximate,status,running,expected,sources");
    expect(header.slice(18, 21)).toEqual(["pace_status", "pace_reason", "pace_method"]);
    const json: { rows: ProgressRow[] } = await (await progress(term.slug, term.years)).json();
    for (const [i, line] of lines.slice(1).entries()) expect(line.split(",")[18]).toBe(json.rows[i].pace!.status);
  });
});
