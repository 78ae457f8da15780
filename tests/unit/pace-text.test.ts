// A running term's pace in words and figures (lib/charts/pace-text.ts), from real ProgressRows.
import { describe, expect, it } from "vitest";
import { fromNowText, isPaced, neededText, paceMethodText, paceStatusText, paceSummary, projectionText, soFarText, type Paced } from "@/lib/charts/pace-text";
import type { Qualifier, TargetKind, Unit } from "@/lib/domain/types";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { termProgress, type TargetForProgress } from "@/lib/queries/progress";
import type { FigureValue, IndicatorRef, YearReport } from "@/lib/queries/shapes";

const indicator = (code: string, unit: Unit = "COUNT"): IndicatorRef => ({ code, nameVi: code, nameEn: code, unit, kind: "FLOW", groupKey: "units", sortOrder: 1 });
const target = (ind: IndicatorRef, kind: TargetKind, min: number, max: number | null = null): TargetForProgress =>
  ({ indicator: ind, kind, year: null, min, max, qualifier: "EXACT", derived: false, note: null, quote: null, source: null });
const value = (ind: IndicatorRef, year: number, v: number, qualifier: Qualifier = "EXACT"): FigureValue => ({
  indicator: ind, year, fromYear: year, dimension: "", qualifier, value: v, high: null, derived: false, estimate: false, ambiguous: false,
  includesCreditFunds: null, note: null, noteEn: null, quote: null, quoteEn: null, source: null,
});
const reports = (...values: FigureValue[]): YearReport[] =>
  [...new Set(values.map((v) => v.year))].map((year) => ({ year, approvedOn: null, values: values.filter((v) => v.year === year) }));

const term = { startYear: 2022, endYear: 2027 };
const coopsNew = indicator("coops_new");
const coops = indicator("coops_total");
const effective = indicator("coops_effective_pct", "PERCENT");
const income = indicator("avg_income_worker", "MILLION_VND_PER_PERSON_MONTH");

const rows = termProgress(
  term,
  [target(coopsNew, "TERM_TOTAL", 100), target(coops, "END_LEVEL", 600), target(effective, "END_LEVEL", 70), target(income, "GROWTH", 1.5, 2)],
  reports(
    value(coopsNew, 2023, 15), value(coopsNew, 2024, 15), value(coopsNew, 2025, 15),
    value(coops, 2022, 500), value(coops, 2025, 530, "AT_LEAST"),
    value(effective, 2022, 55), value(effective, 2025, 61),
    value(income, 2022, 4), value(income, 2025, 5),
  ),
  2025,
).filter(isPaced);
const [total, level, share, growth] = rows as Paced[];

describe("the pace in figures", () => {
  it("a term total: 15 a year against 20, 27.5 a year in the years left, 75 by 2027", () => {
    expect([soFarText(total, "vi", vi), neededText(total, "vi", vi), fromNowText(total, "vi", vi), projectionText(total, "vi", vi)]).toEqual(["15/năm", "20/năm", "các năm còn lại: 27,5/năm", "75"]);
    expect(fromNowText(total, "en", en)).toBe("in the years left: 27.5/year");
  });
  it("an end level from a lower bound: at least +10 a year", () => {
    expect(soFarText(level, "vi", vi)).toBe("≥ +10/năm");
    expect(projectionText(level, "en", en)).toBe("≥ 550");
  });
  it("a share changes by percentage points", () => {
    expect(soFarText(share, "vi", vi)).toBe("+2 điểm %/năm");
    expect(neededText(share, "en", en)).toBe("+3 points/year");
  });
  it("a growth multiple: compound rates and the multiple at the end", () => {
    expect([soFarText(growth, "vi", vi), neededText(growth, "vi", vi), projectionText(growth, "vi", vi)]).toEqual(["+7,7%/năm", "+8,4%/năm", "1,45 lần"]);
  });
});

describe("the pace in words", () => {
  it("names the status, and what an inconclusive one lies between and why", () => {
    expect(paceStatusText(total.pace, "vi", vi)).toBe("Cần tăng tốc");
    expect(level.pace).toMatchObject({ status: "INCONCLUSIVE", reason: "LOWER_BOUND" });
    expect(paceStatusText(level.pace, "vi", vi)).toBe("Chưa kết luận được: từ “tiến bộ hạn chế” đến “đã đạt mục tiêu”");
    expect(paceStatusText(level.pace, "en", en)).toBe("Cannot tell: between “limited progress” and “target achieved”");
  });
  it("sums the statuses up and states the method of each kind shown", () => {
    expect(paceSummary(rows, 2025, "vi", vi)).toBe("Nếu giữ nhịp đến nay (số liệu đã duyệt đến năm 2025): 3 cần tăng tốc, 1 chưa kết luận được.");
    const method = paceMethodText([total, growth], vi);
    expect(method).toContain("từ 95% trở lên là đúng hướng");
    expect(method).toContain("tổng đến nay chia số năm đã qua");
    expect(method).toContain("tốc độ tăng bình quân năm (kép)");
    expect(method).not.toContain("đường thẳng");
  });
});

describe("a share's projection", () => {
  it("stops at 100%", () => {
    const [row] = termProgress(term, [target(effective, "END_LEVEL", 99)], reports(value(effective, 2022, 80), value(effective, 2025, 98)), 2025).filter(isPaced);
    expect(row.pace.projection!.low).toBeCloseTo(110, 9);
    expect(projectionText(row, "vi", vi)).toBe("100%");
  });
});
