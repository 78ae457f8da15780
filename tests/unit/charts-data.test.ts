// The charts' data and words, built from real ProgressRows (lib/queries/progress.ts) as the term page builds them.
import { describe, expect, it } from "vitest";
import { annualData, annualSummary, annualTable } from "@/lib/charts/annual-data";
import { niceCeiling } from "@/lib/charts/config";
import { overviewSummary, percentData, percentLegend, progressSummary } from "@/lib/charts/percent-data";
import { achievementText, basisNote, resultText, statusLine, targetText, yearList } from "@/lib/charts/progress-text";
import type { Qualifier, TargetKind, Unit } from "@/lib/domain/types";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { termProgress, type TargetForProgress } from "@/lib/queries/progress";
import type { FigureValue, IndicatorRef, SourceRef, YearReport } from "@/lib/queries/shapes";

const source: SourceRef = { key: "s1", title: "Báo cáo tóm tắt", publisher: null, publishedOn: null, eventOn: null, url: null, attribution: "STATED", attributionNote: null, attributionNoteEn: null };
const indicator = (code: string, nameVi: string, unit: Unit = "COUNT"): IndicatorRef => ({ code, nameVi, nameEn: `${code} (en)`, unit, kind: "FLOW", groupKey: "units", sortOrder: 1 });
const target = (ind: IndicatorRef, kind: TargetKind, min: number, max: number | null = null, qualifier: Qualifier = "EXACT", year: number | null = null): TargetForProgress => ({
  indicator: ind, kind, year, min, max, qualifier, derived: qualifier === "APPROX", note: null, quote: null, source,
});
const value = (ind: IndicatorRef, year: number, v: number, opts: Partial<FigureValue> = {}): FigureValue => ({
  indicator: ind, year, fromYear: year, dimension: "", qualifier: "EXACT", value: v, high: null, derived: false, estimate: false, ambiguous: false,
  includesCreditFunds: null, note: null, noteEn: null, quote: null, quoteEn: null, source, ...opts,
});
const reports = (...values: FigureValue[]): YearReport[] =>
  [...new Set(values.map((v) => v.year))].map((year) => ({ year, approvedOn: null, values: values.filter((v) => v.year === year) }));

const coopsNew = indicator("coops_new", "HTX thành lập mới");
const members = indicator("members", "Thành viên", "PERSONS");
const income = indicator("avg_income_worker", "Thu nhập bình quân", "MILLION_VND_PER_PERSON_MONTH");

describe("Thái Nguyên 2013–2018: 208 new HTX against ≈ 120", () => {
  const [row] = termProgress({ startYear: 2013, endYear: 2018 }, [target(coopsNew, "TERM_TOTAL", 120, null, "APPROX")], reports(value(coopsNew, 2018, 208, { fromYear: 2013 })), 2025);
  it("reads as the table shows it", () => {
    expect(resultText(row, "vi")).toBe("208");
    expect(targetText(row, "vi", vi)).toBe("≈ 120");
    expect(achievementText(row, "vi")).toBe("≈ 173%");
    expect(basisNote(row, vi)).toBe("cộng dồn 2013–2018");
    expect(statusLine([row, row], "vi", vi)).toBe("2 chỉ tiêu: 2 vượt mục tiêu");
    expect(statusLine([row], "en", en)).toBe("1 target: 1 exceeded");
  });
  it("is one bar from zero to 173% of its target; the approximation is the target's, not the result's", () => {
    const [d] = percentData([row], "vi", vi);
    expect(d.low).toBeCloseTo(173.3, 1);
    expect(d.high).toBeCloseTo(173.3, 1);
    expect([d.targetApprox, d.resultApprox, d.label]).toEqual([true, false, "≈ 173%"]);
    expect(d.tip.sources).toEqual(["Nguồn: Báo cáo tóm tắt"]);
    expect(overviewSummary([row], "vi", vi)).toBe("1 chỉ tiêu: 1 vượt mục tiêu. HTX thành lập mới: 208 so với mục tiêu ≈ 120 (≈ 173%).");
  });
});

describe("qualified results", () => {
  it("a lower bound is ≥ and drawn with an arrow", () => {
    const [row] = termProgress({ startYear: 2013, endYear: 2018 }, [target(members, "END_LEVEL", 150_000)], reports(value(members, 2018, 200_000, { qualifier: "AT_LEAST" })), 2025);
    expect(resultText(row, "vi")).toBe("trên 200.000 người");
    expect(resultText(row, "en")).toBe("over 200,000 persons");
    expect(achievementText(row, "vi")).toBe("≥ 133%");
    const data = percentData([row], "vi", vi);
    expect(data[0].high).toBeNull();
    expect(Object.keys(percentLegend(data, vi))).toEqual(["met", "lowerBound", "target"]);
  });
  it("a range straddling the target is a range of achievement and cannot be judged", () => {
    const [row] = termProgress({ startYear: 2013, endYear: 2018 }, [target(income, "END_LEVEL", 3)], reports(value(income, 2018, 2, { qualifier: "RANGE", high: 4.5 })), 2025);
    expect(resultText(row, "vi")).toBe("2–4,5 triệu đồng/người/tháng");
    expect(achievementText(row, "vi")).toBe("67–150%");
    expect(row.status).toBe("INCONCLUSIVE");
    expect(Object.keys(percentLegend(percentData([row], "vi", vi), vi))).toEqual(["inconclusive", "range", "target"]);
  });
  it("no result says so instead of drawing a zero", () => {
    const [row] = termProgress({ startYear: 2018, endYear: 2023 }, [target(coopsNew, "TERM_TOTAL", 3)], [], 2025);
    const [d] = percentData([row], "vi", vi);
    expect([d.low, d.label, achievementText(row, "vi")]).toEqual([null, "chưa có số liệu", null]);
    expect(overviewSummary([row], "vi", vi)).toBe("1 chỉ tiêu: 1 chưa có số liệu.");
  });
});

describe("a running term", () => {
  const term = { startYear: 2023, endYear: 2028 };
  const rows = termProgress(term, [target(coopsNew, "TERM_TOTAL", 100)], reports(value(coopsNew, 2024, 15), value(coopsNew, 2025, 25)), 2025);
  it("compares the result so far with the pro-rata expectation", () => {
    const [d] = percentData(rows, "vi", vi, { progress: true });
    expect(rows[0].status).toBe("ON_TRACK");
    expect([d.low, d.expected]).toEqual([40, 40]);
    expect(d.tip.lines).toContain("Cần đạt theo tiến độ: 40");
    expect(progressSummary(rows, term, 2025, "vi", vi)).toBe("Đã qua 2 trên 5 năm của nhiệm kỳ (số liệu đã duyệt đến hết năm 2025); 1 đúng tiến độ.");
    expect(basisNote(rows[0], vi)).toBe("tổng các năm 2024–2025");
  });
});

describe("an ANNUAL target", () => {
  const term = { startYear: 2018, endYear: 2023 };
  const [row] = termProgress(term, [target(coopsNew, "ANNUAL", 30, 35)], reports(value(coopsNew, 2019, 31), value(coopsNew, 2020, 20, { qualifier: "RANGE", high: 40 })), 2021);
  const chart = annualData(row, term, "vi", vi);
  it("has a bar for each year with a figure and a gap, with its reason, for the others", () => {
    expect(chart.data.map((d) => [d.year, d.low, d.gapLabel])).toEqual([
      ["2019", 31, null],
      ["2020", 20, null],
      ["2021", null, "chưa có số liệu"],
      ["2022", null, "chưa đến kỳ báo cáo"],
      ["2023", null, "chưa đến kỳ báo cáo"],
    ]);
    expect(chart.data[1].high).toBe(40);
    expect([chart.min, chart.max]).toEqual([30, 35]);
  });
  it("tells the years in words and in a table", () => {
    expect(annualSummary(row, chart, "vi", vi)).toBe(
      "Mục tiêu 30–35 mỗi năm; 5 năm: 1 đạt, 1 chưa kết luận được, 1 chưa có số liệu, 2 chưa đến kỳ báo cáo. Năm 2020 gần nhất có số liệu: 20–40.",
    );
    expect(annualTable(row, chart, "vi", vi).rows.map((r) => r.cells)).toContainEqual(["2021", "—", "Chưa có số liệu"]);
  });
});

describe("helpers", () => {
  it("rounds an axis end up to a round number", () => {
    expect([niceCeiling(182), niceCeiling(367), niceCeiling(105), niceCeiling(0)]).toEqual([200, 400, 120, 1]);
  });
  it("writes years as runs", () => {
    expect(yearList([2023, 2019, 2020, 2021])).toBe("2019–2021, 2023");
  });
});
