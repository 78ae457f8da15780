// The comparison, register and summary reads on a real database: the roll-up across the 2025 merger with partial
// data, both boundary modes, the national total, approved reports only, and the register beside the report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { availableYearsWith, comparableIndicatorsWith, compareIndicatorWith } from "@/lib/queries/compare";
import { countBySector, nationalRegisterBySectorWith, registerVsReportedWith } from "@/lib/queries/register";
import { publicSummaryWith } from "@/lib/queries/summary";
import { emptyDb } from "@/tests/support/db";
import { loadFixtures } from "./summary-fixtures";

let db: PrismaClient;
beforeAll(async () => {
  db = await emptyDb();
  await loadFixtures(db);
});
afterAll(() => db.$disconnect());

const compare = async (code: string, year: number, boundaries: "today" | "time") => (await compareIndicatorWith(db, code, year, boundaries))!;
const unitOf = (c: Awaited<ReturnType<typeof compare>>, slug: string) => c.units.find((u) => u.slug === slug)!;

describe("one indicator across provinces", () => {
  it("rolls a merged province with partial data up to a lower bound and says who is missing", async () => {
    const c = await compare("coops_total", 2024, "today");
    expect(c.units).toHaveLength(34);
    const tn = unitOf(c, "thai-nguyen");
    expect(tn.members.map((m) => m.slug)).toEqual(["thai-nguyen", "bac-kan"]);
    expect(tn.value).toEqual({ low: 600, high: null, qualifier: "AT_LEAST", approx: false });
    expect(tn.missing).toEqual([{ slug: "bac-kan", name: "Bắc Kạn" }]);
    expect(tn.complete).toBe(false);
    expect(tn.comparable).toBe(true);
  });

  it("adds a complete merged province, a range staying a range", async () => {
    const pt = unitOf(await compare("coops_total", 2024, "today"), "phu-tho");
    expect(pt.members.map((m) => m.slug)).toEqual(["phu-tho", "hoa-binh", "vinh-phuc"]);
    expect(pt.value).toEqual({ low: 1025, high: 1045, qualifier: "RANGE", approx: false });
    expect(pt.complete).toBe(true);
  });

  it("weights an average by its base, and marks it not comparable when a member's base is missing", async () => {
    const c = await compare("avg_income_worker", 2024, "today");
    const pt = unitOf(c, "phu-tho");
    expect(pt.value!.low).toBeCloseTo((4 * 2000 + 6 * 1000 + 4.67 * 3000) / 6000, 10);
    expect(pt.comparable).toBe(true);
    const tn = unitOf(c, "thai-nguyen");
    expect(tn).toMatchObject({ value: null, comparable: false, reason: "NO_BASE", missingBase: [{ slug: "bac-kan", name: "Bắc Kạn" }] });
    expect(c.base?.code).toBe("workers");
  });

  it("with the boundaries of the time shows 2024 in the 63 provinces, each alone", async () => {
    const c = await compare("coops_total", 2024, "time");
    expect(c.units).toHaveLength(63);
    expect(unitOf(c, "thai-nguyen")).toMatchObject({ value: { low: 600, high: 600, qualifier: "EXACT" }, complete: true });
    expect(unitOf(c, "bac-kan")).toMatchObject({ value: null, reason: "NO_DATA" });
    expect(unitOf(c, "vinh-phuc").value).toEqual({ low: 200, high: 220, qualifier: "RANGE", approx: false });
    // Averages of a single province need no base.
    expect(unitOf(await compare("avg_income_worker", 2024, "time"), "bac-kan").value).toMatchObject({ low: 3, qualifier: "EXACT" });
  });

  it("has 34 units either way after the merger", async () => {
    expect((await compare("coops_total", 2025, "time")).units).toHaveLength(34);
    expect((await compare("coops_total", 2025, "today")).units).toHaveLength(34);
  });

  it("adds every province of the time into the national total, a lower bound while any is missing", async () => {
    const { national } = await compare("coops_total", 2024, "today");
    expect(national.members).toHaveLength(63);
    expect(national.value).toEqual({ low: 600 + 300 + 200 + 525, high: null, qualifier: "AT_LEAST", approx: false });
    expect(national.missing).toHaveLength(59);
    expect(national.missing.map((m) => m.slug)).toContain("ha-noi");
    const time = await compare("coops_total", 2024, "time");
    expect(time.national.value).toEqual(national.value);
  });

  it("never counts a draft or submitted report, a district's figure or a cumulative one", async () => {
    const c = await compare("coops_total", 2024, "time");
    expect(unitOf(c, "ha-noi")).toMatchObject({ value: null, reason: "NO_DATA" });
    expect(unitOf(await compare("coops_total", 2018, "time"), "thai-nguyen").value).toMatchObject({ low: 470, high: 470 });
    expect(unitOf(await compare("coops_new", 2018, "time"), "thai-nguyen").value).toBeNull();
    expect(await availableYearsWith(db, "coops_total")).toEqual([2024, 2018]);
    expect(await availableYearsWith(db, "coops_new")).toEqual([2020, 2019]);
  });

  it("never combines ratios, and offers for comparison only indicators with approved figures", async () => {
    const r = unitOf(await compare("avg_income_growth", 2024, "today"), "phu-tho");
    expect(r).toMatchObject({ comparable: false, reason: "RATIO", value: null });
    // A share with no known denominator cannot be combined across a merger, but stands alone as it was reported.
    expect(unitOf(await compare("managers_university_pct", 2024, "today"), "thai-nguyen")).toMatchObject({ comparable: false, reason: "NO_BASE", missingBase: [] });
    expect(unitOf(await compare("managers_university_pct", 2024, "time"), "thai-nguyen").value).toMatchObject({ low: 25 });
    const codes = (await comparableIndicatorsWith(db)).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["coops_total", "avg_income_worker", "coops_effective_pct"]));
    expect(codes).not.toContain("avg_income_growth");
    expect(codes).not.toContain("groups_total");
    expect(await compareIndicatorWith(db, "no_such_code", 2024, "today")).toBeNull();
  });
});

describe("the register", () => {
  it("counts units active at the end of the year by sector and type", async () => {
    const { id } = await db.province.findUniqueOrThrow({ where: { slug: "thai-nguyen" }, select: { id: true } });
    const r = await countBySector(db, [id], 2024);
    expect(r.totals).toEqual({ HTX: 3, LH_HTX: 1, THT: 1, QTDND: 1 });
    expect(r.rows.find((x) => x.sector === "AGRICULTURE")).toMatchObject({ counts: { HTX: 2, THT: 1 }, total: 3 });
    expect(r.rows.find((x) => x.sector === "TRADE_SERVICE")!.total).toBe(0);
    expect(r.rows).toHaveLength(8);
  });

  it("counts the whole country", async () => {
    expect((await nationalRegisterBySectorWith(db, 2024)).total).toBe(8);
  });

  it("sets the register beside the reported totals, following the report's QTDND convention", async () => {
    const r = (await registerVsReportedWith(db, "thai-nguyen", 2024))!;
    const htx = r.rows.find((x) => x.type === "HTX")!;
    expect(htx).toMatchObject({ code: "coops_total", reported: { value: 600, includesCreditFunds: true }, registered: 4, difference: -596 });
    expect(r.rows.find((x) => x.type === "THT")).toMatchObject({ reported: null, registered: 1, difference: null });
    expect(r.hasRegister).toBe(true);
    const hb = (await registerVsReportedWith(db, "hoa-binh", 2024))!;
    expect(hb.hasRegister).toBe(false);
    expect(hb.rows.find((x) => x.type === "HTX")).toMatchObject({ reported: { value: 525 }, registered: 0 });
  });
});

describe("the public summary", () => {
  it("shows the latest approved year nationally, with the provinces that reported", async () => {
    const s = await publicSummaryWith(db, 2024);
    expect(s.year).toBe(2024);
    expect(s.provinces.expected).toBe(63);
    expect(s.provinces.reporting.map((p) => p.slug)).toEqual(["bac-kan", "hoa-binh", "phu-tho", "thai-nguyen", "vinh-phuc"]);
    expect(s.provinces.notReporting).toHaveLength(58);
    const coops = s.headlines.find((h) => h.indicator.code === "coops_total")!;
    expect(coops.national.value).toMatchObject({ low: 1625, high: null, qualifier: "AT_LEAST" });
    // Bắc Kạn has an income but no workers: the national average cannot be weighted honestly.
    expect(s.headlines.find((h) => h.indicator.code === "avg_income_worker")!.national).toMatchObject({ comparable: false, reason: "NO_BASE" });
    expect(s.headlines.map((h) => h.indicator.code)[0]).toBe("coops_total");
  });

  it("counts each province's current term's targets by status", async () => {
    const { terms } = await publicSummaryWith(db, 2024);
    expect(terms.map((t) => t.province.slug)).toEqual(["hoa-binh", "thai-nguyen"]);
    const tn = terms.find((t) => t.province.slug === "thai-nguyen")!;
    expect(tn.term).toMatchObject({ years: "2018-2023", running: false });
    expect(tn.counts).toEqual({ NOT_MET: 1, NO_DATA: 1 });
    const hb = terms.find((t) => t.province.slug === "hoa-binh")!;
    expect(hb).toMatchObject({ term: { years: "2020-2025", running: true }, targets: 1, counts: { ON_TRACK: 1 } });
    expect(hb.province.mergedInto).toEqual({ slug: "phu-tho", name: "Phú Thọ" });
  });
});
