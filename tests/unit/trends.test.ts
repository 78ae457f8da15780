import { describe, expect, it } from "vitest";
import { NO_FLAGS } from "@/lib/domain/flags";
import { buildTrends, type TrendFigure, type TrendIndicator, type TrendInput, type TrendMember, type TrendTarget } from "@/lib/charts/trend-data";
import { trendChartData, trendLegend, trendSummary, trendTableText } from "@/lib/charts/trend-text";
import { getMessages } from "@/lib/i18n/messages";

const vi = getMessages("vi");

const indicator = (code: string, kind: TrendIndicator["kind"] = "FLOW", unit: TrendIndicator["unit"] = "COUNT"): TrendIndicator => ({
  code, nameVi: code, nameEn: code, unit, kind, groupKey: "units", sortOrder: 1, baseCode: null,
});
const TN: TrendMember = { slug: "thai-nguyen", name: "Thái Nguyên", mergedInto: null, validUntil: null };
const BK: TrendMember = { slug: "bac-kan", name: "Bắc Kạn", mergedInto: "thai-nguyen", validUntil: "2025-06-30" };

const fig = (code: string, year: number, value: number, more: Partial<TrendFigure> = {}): TrendFigure => ({
  province: "thai-nguyen", code, year, fromYear: year, qualifier: "EXACT", value, high: null, flags: NO_FLAGS, source: null, ...more,
});
const target = (code: string, kind: TrendTarget["kind"], startYear: number, endYear: number, min: number, more: Partial<TrendTarget> = {}): TrendTarget => ({
  code, kind, startYear, endYear, year: null, min, max: null, qualifier: "EXACT", ...more,
});
const input = (more: Partial<TrendInput>): TrendInput => ({ indicators: [indicator("coops_new")], figures: [], targets: [], members: [TN], ...more });

describe("buildTrends", () => {
  it("charts only indicators with figures, over every year from the first figure or target to the last, gaps kept", () => {
    const [s, ...rest] = buildTrends(input({ indicators: [indicator("coops_new"), indicator("groups_new")], figures: [fig("coops_new", 2019, 31), fig("coops_new", 2021, 28)] }));
    expect(rest).toHaveLength(0);
    expect(s.years.map((y) => [y.year, y.value?.low ?? null])).toEqual([[2019, 31], [2020, null], [2021, 28]]);
  });

  it("draws an ANNUAL target as a band on each year of its term and an END_LEVEL target on the term's last year", () => {
    const [s] = buildTrends(input({
      figures: [fig("coops_new", 2019, 31)],
      targets: [target("coops_new", "ANNUAL", 2018, 2023, 30, { max: 35, qualifier: "AT_LEAST" }), target("coops_new", "END_LEVEL", 2023, 2028, 40)],
    }));
    const bands = s.years.filter((y) => y.band).map((y) => [y.year, y.band!.kind, y.band!.min, y.band!.max]);
    expect(bands).toEqual([[2019, "ANNUAL", 30, 35], [2020, "ANNUAL", 30, 35], [2021, "ANNUAL", 30, 35], [2022, "ANNUAL", 30, 35], [2023, "ANNUAL", 30, 35], [2028, "END_LEVEL", 40, null]]);
    expect(trendSummary(s, "vi", vi)).toContain("Mục tiêu hằng năm: 1 trong 1 năm có số liệu đạt mục tiêu.");
  });

  it("adds a term total up year by year against its target; a missing year makes the sum a lower bound; the source's own total wins", () => {
    const [s] = buildTrends(input({
      figures: [fig("coops_new", 2014, 30), fig("coops_new", 2015, 40), fig("coops_new", 2017, 50), fig("coops_new", 2018, 208, { fromYear: 2013 })],
      targets: [target("coops_new", "TERM_TOTAL", 2013, 2018, 120, { qualifier: "APPROX" })],
    }));
    const [line] = s.cumulative;
    expect(line.target).toMatchObject({ min: 120, approx: true });
    expect(line.points.map((p) => [p.year, p.value?.low, p.value?.high, p.reported])).toEqual([
      [2014, 30, 30, false],
      [2015, 70, 70, false],
      [2016, 70, null, false],
      [2017, 120, null, false],
      [2018, 208, 208, true],
    ]);
    // The 2018 term total is not an annual figure: no bar.
    expect(s.years.find((y) => y.year === 2018)?.value).toBeNull();
    const chart = trendChartData(s, "vi", vi);
    expect(chart.lines[0]).toMatchObject({ from: "2014", to: "2018", target: { min: 120, approx: true } });
    expect(trendSummary(s, "vi", vi)).toContain("Nhiệm kỳ 2013–2018: cộng dồn 208 so với mục tiêu ≈ 120.");
    expect(trendTableText(s, "vi", vi).rows.find((r) => r.year === "2016")?.cumulative).toBe("trên 70 (cộng các năm)");
  });

  it("keeps ranges as ranges and lower bounds open, as the source wrote them", () => {
    const [s] = buildTrends(input({
      indicators: [indicator("income", "AVERAGE", "MILLION_VND_PER_PERSON_MONTH")],
      figures: [fig("income", 2018, 2, { qualifier: "RANGE", high: 4.5 }), fig("income", 2019, 5, { qualifier: "AT_LEAST" })],
    }));
    expect(s.years.map((y) => y.value)).toEqual([
      { low: 2, high: 4.5, qualifier: "RANGE", approx: false },
      { low: 5, high: null, qualifier: "AT_LEAST", approx: false },
    ]);
    const chart = trendChartData(s, "vi", vi);
    expect(chart.bars.map((b) => [b.low, b.high])).toEqual([[2, 4.5], [5, null]]);
    expect(Object.keys(trendLegend(s, chart, vi))).toEqual(["value", "range", "lowerBound"]);
    expect(trendTableText(s, "vi", vi).rows.map((r) => r.value)).toEqual(["2–4,5 triệu đồng/người/tháng", "trên 5 triệu đồng/người/tháng"]);
  });

  it("rolls up a merged province's predecessors year by year, with their flags and who is missing", () => {
    const [s] = buildTrends(input({
      indicators: [indicator("coops_total", "STOCK")],
      members: [TN, BK],
      figures: [
        fig("coops_total", 2018, 470),
        fig("coops_total", 2018, 300, { province: "bac-kan", flags: { ...NO_FLAGS, estimate: true } }),
        fig("coops_total", 2019, 480),
        fig("coops_total", 2025, 900),
      ],
    }));
    const y = (year: number) => s.years.find((x) => x.year === year)!;
    expect(y(2018).value).toMatchObject({ low: 770, high: 770, approx: true });
    expect(y(2018).flags.estimate).toBe(true);
    expect(y(2018).flags.from.estimate).toEqual([{ slug: "bac-kan", name: "Bắc Kạn" }]);
    expect(y(2019).value).toMatchObject({ low: 480, high: null, qualifier: "AT_LEAST" });
    expect(y(2019).missing.map((p) => p.name)).toEqual(["Bắc Kạn"]);
    // Bắc Kạn no longer exists at the end of 2025: Thái Nguyên's figure stands alone, exact.
    expect(y(2025).value).toMatchObject({ low: 900, high: 900, qualifier: "EXACT" });
    expect(y(2025).members.map((p) => p.slug)).toEqual(["thai-nguyen"]);
    expect(s.rolledUp).toBe(true);
    expect(trendSummary(s, "vi", vi)).toContain("Gồm số liệu của Bắc Kạn. Thiếu số liệu của Bắc Kạn ở một số năm");
    expect(trendTableText(s, "vi", vi).rows.find((r) => r.year === "2018")?.notes).toContain("Gồm Thái Nguyên, Bắc Kạn.");
    expect(trendTableText(s, "vi", vi).rows.find((r) => r.year === "2019")?.notes).toContain("Thiếu số liệu của Bắc Kạn: tổng chỉ là mức tối thiểu.");
  });

  it("a predecessor that never reported is named as missing, never as counted", () => {
    const [s] = buildTrends(input({ indicators: [indicator("coops_total", "STOCK")], members: [TN, BK], figures: [fig("coops_total", 2018, 470)] }));
    expect(s.rolledUp).toBe(false);
    const summary = trendSummary(s, "vi", vi);
    expect(summary).not.toContain("Gồm số liệu của");
    expect(summary).toContain("Thiếu số liệu của Bắc Kạn");
    expect(trendTableText(s, "vi", vi).rows[0].notes).toEqual(["Thiếu số liệu của Bắc Kạn: tổng chỉ là mức tối thiểu."]);
  });

  it("without the roll-up a province's own figures keep their qualifier as written", () => {
    const [s] = buildTrends(input({ indicators: [indicator("fund", "STOCK", "BILLION_VND")], figures: [fig("fund", 2013, 10), fig("fund", 2018, 40, { qualifier: "NEARLY" })] }));
    expect(s.rolledUp).toBe(false);
    expect(trendSummary(s, "vi", vi)).toMatch(/^2 năm có số liệu từ 2013 đến 2018: năm 2013 10 tỷ đồng, năm 2018 gần 40 tỷ đồng\./);
  });
});
