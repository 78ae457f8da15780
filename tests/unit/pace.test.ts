// Where a running term is heading (lib/domain/pace.ts): worked examples for each target kind and each qualifier,
// worked out by hand in the comments, then properties over random figures.
import { describe, expect, it } from "vitest";
import type { Observation, TargetInput } from "@/lib/domain/achievement";
import { assessPace, type Pace } from "@/lib/domain/pace";

const term = { startYear: 2022, endYear: 2027 }; // five years, 2023–2027; 2025 is the last complete year
const exact = (year: number, value: number, fromYear = year): Observation => ({ year, fromYear, qualifier: "EXACT", value });
const over = (year: number, value: number): Observation => ({ year, fromYear: year, qualifier: "AT_LEAST", value });
const range = (year: number, value: number, high: number): Observation => ({ year, fromYear: year, qualifier: "RANGE", value, high });
const target = (t: Partial<TargetInput> & Pick<TargetInput, "kind" | "min">): TargetInput => ({ max: null, qualifier: "EXACT", ...t });
const pace = (t: TargetInput, observations: Observation[], asOfYear = 2025) => assessPace({ target: t, term, observations, asOfYear }) as Pace;

describe("TERM_TOTAL: 100 new HTX over 2023–2027", () => {
  const t = target({ kind: "TERM_TOTAL", min: 100 });
  it("45 in three years is 15 a year against 20 needed (75%): acceleration needed, heading for 75", () => {
    const p = pace(t, [exact(2023, 15), exact(2024, 15), exact(2025, 15)]);
    expect(p).toMatchObject({ status: "ACCELERATION_NEEDED", method: "TOTAL_LINEAR", fromYear: 2022, toYear: 2025, reason: null });
    expect(p.soFar).toEqual({ low: 15, high: 15 });
    expect(p.needed).toEqual({ low: 20, high: 20 });
    expect(p.ratio!.low).toBeCloseTo(0.75, 6);
    expect(p.projection!.low).toBeCloseTo(75, 6);
    expect(p.neededFromNow).toEqual({ low: 27.5, high: 27.5 }); // (100 − 45) ÷ 2 years left
  });
  it("58 in three years (96.7% of the pace) is on track; 15 (25%) is limited progress; 100 is achieved", () => {
    expect(pace(t, [exact(2023, 20), exact(2024, 18), exact(2025, 20)]).status).toBe("ON_TRACK");
    expect(pace(t, [exact(2023, 5), exact(2024, 5), exact(2025, 5)]).status).toBe("LIMITED_PROGRESS");
    expect(pace(t, [exact(2023, 40), exact(2024, 30), exact(2025, 30)])).toMatchObject({ status: "ACHIEVED", neededFromNow: { low: 0, high: 0 } });
  });
  it("measures to the last year with a figure: 38 by 2024 is 19 a year, exactly 95%, on track", () => {
    const p = pace(t, [exact(2023, 18), exact(2024, 20)]);
    expect(p).toMatchObject({ status: "ON_TRACK", toYear: 2024 });
    expect(p.ratio!.low).toBeCloseTo(0.95, 9);
    expect(p.projection!.low).toBeCloseTo(95, 9);
  });
  it("takes the source's own cumulative figure: 40 for 2022–2024 is 20 a year", () => {
    expect(pace(t, [exact(2024, 40, 2022)])).toMatchObject({ status: "ON_TRACK", toYear: 2024, soFar: { low: 20, high: 20 } });
  });
  it("a year missing makes the total a lower bound: it cannot prove 'acceleration needed'", () => {
    const p = pace(t, [exact(2023, 20), exact(2025, 20)]);
    expect(p).toMatchObject({ status: "INCONCLUSIVE", reason: "MISSING_YEARS", worst: "ACCELERATION_NEEDED", best: "ACHIEVED" });
    expect(p.soFar!.high).toBe(Infinity);
  });
  it("'over 20' in a year still proves on track once its floor is on track", () => {
    expect(pace(t, [exact(2023, 20), exact(2024, 20), over(2025, 20)])).toMatchObject({ status: "ON_TRACK", worst: "ON_TRACK", best: "ACHIEVED", reason: null });
  });
  it("a range on both sides of a threshold is inconclusive", () => {
    const p = pace(t, [range(2023, 10, 30), exact(2024, 20), exact(2025, 20)]); // 50–70: 83–117%
    expect(p).toMatchObject({ status: "INCONCLUSIVE", reason: "RANGE", worst: "ACCELERATION_NEEDED", best: "ON_TRACK" });
  });
  it("says so when no year has a figure yet", () => {
    expect(pace(t, [])).toMatchObject({ status: "NO_DATA", reason: "NO_FIGURES", soFar: null, projection: null });
  });
  it("has no pace once the term is over", () => {
    expect(assessPace({ target: t, term, observations: [exact(2023, 15)], asOfYear: 2027 })).toBeNull();
  });
});

describe("ANNUAL: 30–35 new HTX every year", () => {
  const t = target({ kind: "ANNUAL", min: 30, max: 35 });
  it("31, 25, 28 average 28 a year against 30 (93%): acceleration needed, 28 a year to come", () => {
    const p = pace(t, [exact(2023, 31), exact(2024, 25), exact(2025, 28)]);
    expect(p).toMatchObject({ status: "ACCELERATION_NEEDED", method: "YEARLY_AVERAGE", fromYear: 2023, toYear: 2025 });
    expect(p.ratio!.low).toBeCloseTo(28 / 30, 9);
    expect(p.projection).toEqual({ low: 28, high: 28 });
    expect(p.needed).toEqual({ low: 30, high: 30 });
  });
  it("an average at the yearly target is on track; half of it is limited progress; never achieved before the last year", () => {
    expect(pace(t, [exact(2023, 30), exact(2024, 40)]).status).toBe("ON_TRACK");
    expect(pace(t, [exact(2023, 15), exact(2024, 15)]).status).toBe("LIMITED_PROGRESS");
  });
  it("a target for one later year is paced by the term's years so far", () => {
    expect(pace(target({ kind: "ANNUAL", min: 30, year: 2027 }), [exact(2023, 20), exact(2024, 22)])).toMatchObject({ status: "ACCELERATION_NEEDED", toYear: 2024 });
  });
  it("'over 25' cannot prove acceleration needed; 'over 30' proves on track", () => {
    expect(pace(t, [exact(2023, 25), over(2024, 25)])).toMatchObject({ status: "INCONCLUSIVE", reason: "LOWER_BOUND" });
    expect(pace(t, [exact(2023, 31), over(2024, 30)]).status).toBe("ON_TRACK");
  });
});

describe("END_LEVEL: 600 HTX operating at the end of 2027", () => {
  const t = target({ kind: "END_LEVEL", min: 600 });
  it("500 → 560 in three years is +20 a year against +20 needed: on track, heading for 600", () => {
    const p = pace(t, [exact(2022, 500), exact(2025, 560)]);
    expect(p).toMatchObject({ status: "ON_TRACK", method: "LEVEL_LINEAR", fromYear: 2022, toYear: 2025 });
    expect(p.soFar).toEqual({ low: 20, high: 20 });
    expect(p.needed).toEqual({ low: 20, high: 20 });
    expect(p.projection).toEqual({ low: 600, high: 600 });
    expect(p.neededFromNow).toEqual({ low: 20, high: 20 });
  });
  it("+10 a year is limited progress (50%); a fall is deterioration; 610 is achieved", () => {
    expect(pace(t, [exact(2022, 500), exact(2025, 530)])).toMatchObject({ status: "LIMITED_PROGRESS", projection: { low: 550, high: 550 } });
    const fall = pace(t, [exact(2022, 500), exact(2025, 480)]);
    expect(fall.status).toBe("DETERIORATION");
    expect(fall.projection!.low).toBeCloseTo(466.67, 2);
    expect(pace(t, [exact(2022, 500), exact(2025, 610)]).status).toBe("ACHIEVED");
  });
  it("a level that met the target when the term began and has since fallen below it is deterioration", () => {
    expect(pace(t, [exact(2022, 610), exact(2025, 590)])).toMatchObject({ status: "DETERIORATION", ratio: { low: -Infinity, high: -Infinity } });
  });
  it("without the congress year's level, measures from the term's first level", () => {
    expect(pace(t, [exact(2023, 520), exact(2025, 560)])).toMatchObject({ status: "ON_TRACK", fromYear: 2023, soFar: { low: 20, high: 20 }, needed: { low: 20, high: 20 } });
    expect(pace(t, [exact(2025, 560)])).toMatchObject({ status: "NO_DATA", reason: "NO_BASELINE" });
  });
  it("'over 560' proves on track; 'over 540' cannot prove acceleration needed", () => {
    expect(pace(t, [exact(2022, 500), over(2025, 560)])).toMatchObject({ status: "ON_TRACK", worst: "ON_TRACK", best: "ACHIEVED" });
    expect(pace(t, [exact(2022, 500), over(2025, 540)])).toMatchObject({ status: "INCONCLUSIVE", reason: "LOWER_BOUND", worst: "ACCELERATION_NEEDED", best: "ACHIEVED" });
  });
  it("a baseline 'over 500' can still prove a fall below it", () => {
    expect(pace(t, [over(2022, 500), exact(2025, 480)]).status).toBe("DETERIORATION");
    expect(pace(t, [over(2022, 500), exact(2025, 560)])).toMatchObject({ status: "INCONCLUSIVE", reason: "LOWER_BOUND", best: "ON_TRACK" });
  });
  it("a share: 55% → 61% is +2 points a year against +3 needed for 70%: acceleration needed", () => {
    const p = pace(target({ kind: "END_LEVEL", min: 70 }), [exact(2022, 55), exact(2025, 61)]);
    expect(p.status).toBe("ACCELERATION_NEEDED");
    expect(p.ratio!.low).toBeCloseTo(2 / 3, 9);
  });
});

describe("GROWTH: income up 1.5 to 2 times over the term", () => {
  const t = target({ kind: "GROWTH", min: 1.5, max: 2 });
  it("4.0 → 5.0 million is ×1.25 in three years, 7.7% a year against 8.4% needed (91%): acceleration needed", () => {
    const p = pace(t, [exact(2022, 4), exact(2025, 5)]);
    expect(p).toMatchObject({ status: "ACCELERATION_NEEDED", method: "COMPOUND_GROWTH", fromYear: 2022, toYear: 2025 });
    expect(p.soFar!.low).toBeCloseTo(Math.cbrt(1.25) - 1, 9); // 0.0772
    expect(p.needed!.low).toBeCloseTo(Math.pow(1.5, 1 / 5) - 1, 9); // 0.0845
    expect(p.ratio!.low).toBeCloseTo(0.914, 3);
    expect(p.projection!.low).toBeCloseTo(Math.pow(1.25, 5 / 3), 9); // ×1.45 by 2027
    expect(p.neededFromNow!.low).toBeCloseTo(Math.sqrt(1.2) - 1, 9); // ×1.2 more in two years
  });
  it("×1.3 in three years is on track; a fall is deterioration; ×1.5 is achieved", () => {
    expect(pace(t, [exact(2022, 4), exact(2025, 5.2)]).status).toBe("ON_TRACK");
    expect(pace(t, [exact(2022, 4), exact(2025, 3.8)]).status).toBe("DETERIORATION");
    expect(pace(t, [exact(2022, 4), exact(2025, 6)]).status).toBe("ACHIEVED");
  });
  it("a range of incomes ('2–4,5 million') leaves the growth open: ×1.11 (limited progress) to ×2.5 (achieved)", () => {
    expect(pace(t, [range(2022, 2, 4.5), exact(2025, 5)])).toMatchObject({ status: "INCONCLUSIVE", reason: "RANGE", worst: "LIMITED_PROGRESS", best: "ACHIEVED" });
  });
  it("needs the level when the congress met, and a later one", () => {
    expect(pace(t, [exact(2023, 4), exact(2025, 5)])).toMatchObject({ status: "NO_DATA", reason: "NO_BASELINE" });
    expect(pace(t, [exact(2022, 4)])).toMatchObject({ status: "NO_DATA", reason: "NO_FIGURES" });
  });
});

describe("approximate figures and targets", () => {
  it("'≈ 45' and 'nearly 45' are paced as 45, and the pace says it is approximate", () => {
    const t = target({ kind: "TERM_TOTAL", min: 100 });
    const approx = pace(t, [{ year: 2025, fromYear: 2022, qualifier: "APPROX", value: 45 }]);
    expect(approx).toMatchObject({ status: "ACCELERATION_NEEDED", approx: true });
    expect(pace(t, [{ year: 2025, fromYear: 2022, qualifier: "NEARLY", value: 45 }]).approx).toBe(true);
    expect(pace(target({ kind: "TERM_TOTAL", min: 100, qualifier: "APPROX" }), [exact(2025, 45, 2022)]).approx).toBe(true);
    expect(pace(t, [exact(2025, 45, 2022)]).approx).toBe(false);
  });
});
