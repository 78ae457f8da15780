import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { MixedDataError, SYNTHETIC_SOURCE_KEY } from "@/prisma/seed/guard";
import { seedDemo } from "@/prisma/seed/index";
import { generateCountry } from "@/prisma/synthetic/country";
import { SYNTHETIC_SOURCE_TITLE, seedSynthetic } from "@/prisma/synthetic/index";
import { reportsFor } from "@/prisma/synthetic/reports";
import { databaseUrl, emptyDb, sql, truncateAll } from "@/tests/support/db";
import { checkReportValues } from "@/lib/validation/report-values";

const SCALE = 0.02;
let db: PrismaClient;
beforeAll(async () => {
  db = await emptyDb();
  const result = await seedSynthetic(databaseUrl(), { scale: SCALE });
  expect(result.loaded).toBe(true);
});
afterAll(() => db.$disconnect());

const near = (actual: number, expected: number, tolerance: number) => {
  expect(actual).toBeGreaterThanOrEqual(expected * (1 - tolerance));
  expect(actual).toBeLessThanOrEqual(expected * (1 + tolerance));
};

/** coops_total, coops_new, coops_dissolved, coops_bankrupt (from 2021; else 0) of one province's report per year. */
async function coopFlows(slug: string): Promise<Map<number, Record<string, number>>> {
  const rows = await sql<{ year: number; code: string; value: string }>(
    `SELECT r.year, i.code, v.value FROM "ReportValue" v JOIN "YearlyReport" r ON r.id = v."reportId"
     JOIN "Province" p ON p.id = r."provinceId" JOIN "Indicator" i ON i.id = v."indicatorId"
     WHERE p.slug = $1 AND v.dimension = '' AND i.code IN ('coops_total', 'coops_new', 'coops_dissolved', 'coops_bankrupt')`, [slug]);
  const out = new Map<number, Record<string, number>>();
  for (const r of rows) out.set(r.year, { coops_bankrupt: 0, ...out.get(r.year), [r.code]: Number(r.value) });
  return out;
}

describe("the synthetic country", () => {
  it("has the 63 provinces of before 1 July 2025 and the 34 of after", async () => {
    expect(await db.province.count()).toBe(63);
    expect(await db.province.count({ where: { validUntil: null } })).toBe(34);
    expect(await db.provinceMerge.count()).toBe(29);
  });

  it("has an approved report for every province and year it existed, 2010–2025", async () => {
    expect(await db.yearlyReport.count({ where: { status: { not: "APPROVED" } } })).toBe(0);
    expect(await db.yearlyReport.count()).toBe(63 * 15 + 34);
    const late = await db.yearlyReport.findMany({ where: { year: 2025 }, select: { province: { select: { validUntil: true } } } });
    expect(late.every((r) => r.province.validUntil === null)).toBe(true);
    const years = await sql<{ min: number; max: number }>(`SELECT min(year), max(year) FROM "YearlyReport"`);
    expect(years[0]).toEqual({ min: 2010, max: 2025 });
  });

  it("has a register near the country's proportions, times the scale", async () => {
    const rows = await db.registerUnit.groupBy({ by: ["type"], _count: { _all: true } });
    const n = Object.fromEntries(rows.map((r) => [r.type, r._count._all]));
    near(n.HTX, 33_000 * SCALE, 0.15);
    near(n.THT, 70_000 * SCALE, 0.15);
    near(n.QTDND, 1_200 * SCALE, 0.6);
    expect(n.LH_HTX).toBeGreaterThan(0);
    expect(await db.registerUnit.count({ where: { unionId: { not: null } } })).toBeGreaterThan(0);
  });

  it("adds up to about 33,000 HTX × scale in 2025", async () => {
    const [row] = await sql<{ total: string }>(
      `SELECT sum(v.value) AS total FROM "ReportValue" v JOIN "YearlyReport" r ON r.id = v."reportId"
       JOIN "Indicator" i ON i.id = v."indicatorId" WHERE r.year = 2025 AND i.code = 'coops_total'`);
    near(Number(row.total), 33_000 * SCALE, 0.1);
  });

  it("keeps stocks and flows consistent: total = last year's + new − dissolved − bankrupt", async () => {
    const qn = await coopFlows("quang-ninh");
    for (let y = 2011; y <= 2025; y++) {
      const [now, before] = [qn.get(y)!, qn.get(y - 1)!];
      expect(now.coops_total, String(y)).toBe(before.coops_total + now.coops_new - now.coops_dissolved - now.coops_bankrupt);
    }
    // In 2025 Thái Nguyên reports for its merged territory: its own and Bắc Kạn's 2024 HTX carry over.
    const [tn, bk] = [await coopFlows("thai-nguyen"), await coopFlows("bac-kan")];
    const t25 = tn.get(2025)!;
    expect(t25.coops_total).toBe(tn.get(2024)!.coops_total + bk.get(2024)!.coops_total + t25.coops_new - t25.coops_dissolved - t25.coops_bankrupt);
    const bad = await sql(`
      SELECT 1 FROM "ReportValue" a JOIN "Indicator" ia ON ia.id = a."indicatorId" AND ia.code = 'coops_new_agri'
      JOIN "ReportValue" b ON b."reportId" = a."reportId" JOIN "Indicator" ib ON ib.id = b."indicatorId" AND ib.code = 'coops_new'
      WHERE a.value > b.value
      UNION ALL SELECT 1 FROM "ReportValue" v JOIN "Indicator" i ON i.id = v."indicatorId" WHERE i.unit = 'PERCENT' AND (v.value < 0 OR v.value > 100)`);
    expect(bad).toHaveLength(0);
  });

  it("reports the official set from 2021 and obeys every rule of a report: no part above its whole, the ratings within the HTX rated", async () => {
    const reports = await db.yearlyReport.findMany({ select: { year: true, province: { select: { slug: true } }, values: { where: { dimension: "" }, select: { value: true, high: true, qualifier: true, indicator: { select: { code: true } } } } } });
    const catalogue = await db.indicator.findMany({ select: { code: true, unit: true, kind: true, partOfCode: true } });
    let official = 0;
    for (const r of reports) {
      const values = Object.fromEntries(r.values.map((v) => [v.indicator.code, { value: v.value.toNumber(), qualifier: v.qualifier, high: v.high?.toNumber() ?? null }]));
      expect(checkReportValues(values, catalogue), `${r.province.slug} ${r.year}`).toEqual([]);
      if (values.coops_rated) {
        official++;
        const ratings = ["good", "fair", "average", "weak"].reduce((s, k) => s + values[`coops_rated_${k}`].value, 0);
        expect(ratings).toBe(values.coops_rated.value);
      }
      expect(!!values.coops_rated, `${r.province.slug} ${r.year}`).toBe(r.year >= 2021);
    }
    expect(official).toBe(63 * 4 + 34);
  });

  it("has gaps and qualified figures, as real reports do", async () => {
    const q = await db.reportValue.groupBy({ by: ["qualifier"], _count: { _all: true } });
    const kinds = new Set(q.map((r) => r.qualifier));
    for (const k of ["EXACT", "AT_LEAST", "APPROX", "RANGE"] as const) expect(kinds.has(k), k).toBe(true);
    const missing = await sql(`SELECT r.id FROM "YearlyReport" r WHERE (SELECT count(*) FROM "ReportValue" v WHERE v."reportId" = r.id) < 15`);
    expect(missing.length).toBeGreaterThan(0);
  });

  it("has five-year terms covering 2010–2025, running terms, and targets of all four kinds", async () => {
    const provinces = await db.province.findMany({ select: { slug: true, validUntil: true, terms: { select: { startYear: true, endYear: true } } } });
    for (const p of provinces) {
      const last = p.validUntil ? 2024 : 2025;
      for (let y = 2010; y <= last; y++) expect(p.terms.some((t) => t.startYear <= y && y <= t.endYear), `${p.slug} ${y}`).toBe(true);
      if (!p.validUntil) expect(p.terms.some((t) => t.endYear > 2025), `${p.slug} running term`).toBe(true);
    }
    const kinds = await db.target.groupBy({ by: ["kind"], _count: { _all: true } });
    expect(kinds.map((k) => k.kind).sort()).toEqual(["ANNUAL", "END_LEVEL", "GROWTH", "TERM_TOTAL"]);
  });

  it("labels every synthetic row", async () => {
    const sources = await db.source.findMany();
    expect(sources.map((s) => [s.key, s.title])).toEqual([[SYNTHETIC_SOURCE_KEY, SYNTHETIC_SOURCE_TITLE]]);
    const id = sources[0].id;
    expect(await db.reportValue.count({ where: { OR: [{ sourceId: null }, { sourceId: { not: id } }] } })).toBe(0);
    expect(await db.target.count({ where: { OR: [{ sourceId: null }, { sourceId: { not: id } }] } })).toBe(0);
    expect(await db.term.count({ where: { OR: [{ sourceId: null }, { sourceId: { not: id } }] } })).toBe(0);
    expect(await db.registerUnit.count({ where: { OR: [{ synthetic: false }, { NOT: { name: { startsWith: "[Tổng hợp] " } } }] } })).toBe(0);
  });

  it("is the same country for the same seed", () => {
    const a = generateCountry({ scale: SCALE }).provinces.find((p) => p.seed.slug === "ha-noi")!;
    const b = generateCountry({ scale: SCALE }).provinces.find((p) => p.seed.slug === "ha-noi")!;
    expect(JSON.stringify(reportsFor(a))).toBe(JSON.stringify(reportsFor(b)));
  });

  it("loads nothing a second time", async () => {
    const units = await db.registerUnit.count();
    expect((await seedSynthetic(databaseUrl(), { scale: SCALE })).loaded).toBe(false);
    expect(await db.registerUnit.count()).toBe(units);
  });

  it("refuses the demo data on top of it", async () => {
    await expect(seedDemo(db)).rejects.toBeInstanceOf(MixedDataError);
    expect(await db.source.count()).toBe(1);
  });

  it("refuses to load into a database with the demo data", async () => {
    await truncateAll();
    await seedDemo(db);
    const before = await db.source.count();
    await expect(seedSynthetic(databaseUrl(), { scale: SCALE })).rejects.toBeInstanceOf(MixedDataError);
    expect(await db.source.count()).toBe(before);
    expect(await db.source.count({ where: { key: SYNTHETIC_SOURCE_KEY } })).toBe(0);
    expect(await db.registerUnit.count()).toBe(0);
  });
});
