import { describe, expect, it } from "vitest";
import { assessTarget, type Observation, type TargetInput } from "@/lib/domain/achievement";
import { judge } from "@/lib/domain/judge";
import { point, toInterval } from "@/lib/domain/interval";

const exact = (year: number, value: number, fromYear = year): Observation => ({ year, fromYear, qualifier: "EXACT", value });
const target = (t: Partial<TargetInput> & Pick<TargetInput, "kind" | "min">): TargetInput => ({ max: null, qualifier: "EXACT", ...t });
const term1318 = { startYear: 2013, endYear: 2018 };
const term1823 = { startYear: 2018, endYear: 2023 };

describe("the articles' own statements", () => {
  it("Thái Nguyên 2013–2018: 208 new HTX against ≈ 120 is about 73% above target", () => {
    const a = assessTarget({ target: target({ kind: "TERM_TOTAL", min: 120, qualifier: "APPROX" }), term: term1318, observations: [exact(2018, 208, 2013)], asOfYear: 2018 });
    expect(a.status).toBe("EXCEEDED");
    expect(a.basis).toBe("CUMULATIVE");
    expect(a.resultYears).toEqual([2013, 2014, 2015, 2016, 2017, 2018]);
    expect(a.judgement!.ratio).toBeCloseTo(1.733, 3);
    expect(a.judgement!.exceededBy).toBeCloseTo(0.733, 3);
    expect(a.judgement!.approx).toBe(true);
    expect(a.running).toBe(false);
  });

  it("Thái Nguyên 2013–2018: 606 new THT against ≈ 173 is about 3.5 times", () => {
    const a = assessTarget({ target: target({ kind: "TERM_TOTAL", min: 173, qualifier: "APPROX" }), term: term1318, observations: [exact(2018, 606, 2013)], asOfYear: 2018 });
    expect(a.status).toBe("EXCEEDED");
    expect(a.judgement!.ratio).toBeCloseTo(3.5, 1);
  });
});

describe("qualifiers", () => {
  const over200k = toInterval({ qualifier: "AT_LEAST", value: 200_000 });
  it("a lower bound meets a lower target and says it exceeds it by at least the difference", () => {
    const j = judge(over200k, { min: 150_000, max: null, approx: false });
    expect(j.verdict).toBe("EXCEEDED");
    expect(j.ratio).toBeCloseTo(1.333, 3);
    expect(j.ratioHigh).toBeNull();
    expect(j.exceededBy).toBeCloseTo(0.333, 3);
  });
  it("a lower bound cannot claim to meet or miss a higher target", () => {
    expect(judge(over200k, { min: 250_000, max: null, approx: false }).verdict).toBe("INCONCLUSIVE");
  });
  it("a range is judged at both ends", () => {
    const income = toInterval({ qualifier: "RANGE", value: 2, high: 4.5 });
    expect(judge(income, { min: 1.5, max: null, approx: false }).verdict).toBe("EXCEEDED");
    expect(judge(income, { min: 2, max: null, approx: false }).verdict).toBe("ACHIEVED");
    expect(judge(income, { min: 3, max: null, approx: false }).verdict).toBe("INCONCLUSIVE");
    expect(judge(income, { min: 5, max: null, approx: false }).verdict).toBe("NOT_MET");
    const j = judge(income, { min: 3, max: null, approx: false });
    expect([j.ratio, j.ratioHigh]).toEqual([2 / 3, 1.5]);
  });
  it("an approximate target or result makes the achievement approximate", () => {
    expect(judge(point(130), { min: 120, max: null, approx: true }).approx).toBe(true);
    expect(judge(toInterval({ qualifier: "APPROX", value: 32 }), { min: 30, max: null, approx: false }).approx).toBe(true);
    expect(judge(toInterval({ qualifier: "NEARLY", value: 40 }), { min: 30, max: null, approx: false }).approx).toBe(true);
    expect(judge(point(130), { min: 120, max: null, approx: false }).approx).toBe(false);
  });
  it("a result inside the band has achieved, above it has exceeded, below it has not met", () => {
    const band = { min: 30, max: 35, approx: false };
    expect(judge(point(33), band).verdict).toBe("ACHIEVED");
    expect(judge(point(35), band).verdict).toBe("ACHIEVED");
    expect(judge(point(42), band).verdict).toBe("EXCEEDED");
    expect(judge(point(42), band).exceededBy).toBeCloseTo(0.2, 10);
    expect(judge(point(29), band).verdict).toBe("NOT_MET");
  });
  it("a zero target is met by any non-negative result", () => {
    expect(judge(point(0), { min: 0, max: null, approx: false }).verdict).toBe("ACHIEVED");
  });
});

describe("TERM_TOTAL", () => {
  const t = target({ kind: "TERM_TOTAL", min: 100 });
  it("sums the yearly flows of the term's years (S+1 … E) when there is no cumulative figure", () => {
    const obs = [2018, 2019, 2020, 2021, 2022, 2023].map((y) => exact(y, 25));
    const a = assessTarget({ target: t, term: term1823, observations: obs, asOfYear: 2023 });
    expect(a.basis).toBe("SUM_OF_YEARS");
    expect(a.resultYears).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(a.result).toEqual({ low: 125, high: 125, approx: false });
    expect(a.status).toBe("EXCEEDED");
  });
  it("with a year missing, the sum is only a lower bound", () => {
    const obs = [2019, 2020, 2021, 2022].map((y) => exact(y, 20));
    const a = assessTarget({ target: t, term: term1823, observations: obs, asOfYear: 2023 });
    expect(a.missingYears).toEqual([2023]);
    expect(a.result!.high).toBe(Infinity);
    expect(a.status).toBe("INCONCLUSIVE");
    const b = assessTarget({ target: target({ kind: "TERM_TOTAL", min: 60 }), term: term1823, observations: obs, asOfYear: 2023 });
    expect(b.status).toBe("EXCEEDED");
  });
  it("a running term is on track or behind against target × elapsed ÷ term years", () => {
    const ahead = assessTarget({ target: t, term: term1823, observations: [exact(2019, 25), exact(2020, 20)], asOfYear: 2020 });
    expect(ahead.running).toBe(true);
    expect(ahead.expected).toBe(40);
    expect(ahead.status).toBe("ON_TRACK");
    const behind = assessTarget({ target: t, term: term1823, observations: [exact(2019, 10), exact(2020, 20)], asOfYear: 2020 });
    expect(behind.status).toBe("BEHIND");
    const done = assessTarget({ target: t, term: term1823, observations: [exact(2019, 60), exact(2020, 50)], asOfYear: 2020 });
    expect(done.status).toBe("EXCEEDED");
  });
  it("says no data when nothing was reported", () => {
    expect(assessTarget({ target: t, term: term1823, observations: [], asOfYear: 2023 })).toMatchObject({ status: "NO_DATA", missingYears: [2019, 2020, 2021, 2022, 2023] });
  });
});

describe("ANNUAL", () => {
  const t = target({ kind: "ANNUAL", min: 30, max: 35 });
  it("judges each year and the term as a whole", () => {
    const obs = [exact(2019, 31), exact(2020, 40), exact(2021, 28), exact(2022, 33), exact(2023, 36)];
    const a = assessTarget({ target: t, term: term1823, observations: obs, asOfYear: 2023 });
    expect(a.years!.map((y) => y.status)).toEqual(["ACHIEVED", "EXCEEDED", "NOT_MET", "ACHIEVED", "EXCEEDED"]);
    expect(a.status).toBe("NOT_MET");
    expect(a.judgement!.ratio).toBeCloseTo(168 / 150, 5);
  });
  it("a term where every year met the target has achieved it; every year above the band, exceeded", () => {
    const met = [2019, 2020, 2021, 2022, 2023].map((y) => exact(y, 32));
    expect(assessTarget({ target: t, term: term1823, observations: met, asOfYear: 2023 }).status).toBe("ACHIEVED");
    const above = [2019, 2020, 2021, 2022, 2023].map((y) => exact(y, 50));
    expect(assessTarget({ target: t, term: term1823, observations: above, asOfYear: 2023 }).status).toBe("EXCEEDED");
  });
  it("a running term is on track while every year so far met it, behind once one did not", () => {
    expect(assessTarget({ target: t, term: term1823, observations: [exact(2019, 31), exact(2020, 40)], asOfYear: 2020 }).status).toBe("ON_TRACK");
    expect(assessTarget({ target: t, term: term1823, observations: [exact(2019, 31), exact(2020, 20)], asOfYear: 2020 }).status).toBe("BEHIND");
  });
  it("a finished term with a year missing cannot be called achieved", () => {
    const obs = [2019, 2020, 2021, 2022].map((y) => exact(y, 32));
    const a = assessTarget({ target: t, term: term1823, observations: obs, asOfYear: 2024 });
    expect(a).toMatchObject({ status: "INCONCLUSIVE", missingYears: [2023] });
  });
  it("a target for one year is judged on that year alone", () => {
    const pilot = target({ kind: "ANNUAL", min: 3, year: 2019 });
    const term = { startYear: 2016, endYear: 2021 };
    expect(assessTarget({ target: pilot, term, observations: [], asOfYear: 2018 })).toMatchObject({ status: "NO_DATA", running: true, missingYears: [] });
    expect(assessTarget({ target: pilot, term, observations: [exact(2019, 3)], asOfYear: 2020 })).toMatchObject({ status: "ACHIEVED", running: false });
  });
});

describe("END_LEVEL", () => {
  const t = target({ kind: "END_LEVEL", min: 25 });
  it("takes the level in the term's last year", () => {
    const a = assessTarget({ target: t, term: term1823, observations: [exact(2022, 20), exact(2023, 27)], asOfYear: 2023 });
    expect(a).toMatchObject({ status: "EXCEEDED", basis: "END_VALUE", resultYears: [2023] });
  });
  it("has no data when the last year is missing, whatever earlier years said", () => {
    expect(assessTarget({ target: t, term: term1823, observations: [exact(2022, 30)], asOfYear: 2024 })).toMatchObject({ status: "NO_DATA", missingYears: [2023] });
  });
  it("a running term is judged against the straight line from the starting level to the target", () => {
    const obs = [exact(2018, 15), exact(2020, 20)];
    const a = assessTarget({ target: t, term: term1823, observations: obs, asOfYear: 2020 });
    expect(a.expected).toBe(19);
    expect(a.status).toBe("ON_TRACK");
    expect(assessTarget({ target: t, term: term1823, observations: [exact(2018, 15), exact(2020, 16)], asOfYear: 2020 }).status).toBe("BEHIND");
  });
  it("a lower-bound level over the target is met (\"trên 80%\" against 80%)", () => {
    const a = assessTarget({ target: target({ kind: "END_LEVEL", min: 80 }), term: term1318, observations: [{ year: 2018, fromYear: 2018, qualifier: "AT_LEAST", value: 80 }], asOfYear: 2018 });
    expect(a.status).toBe("ACHIEVED");
  });
});

describe("GROWTH", () => {
  const t = target({ kind: "GROWTH", min: 1.5, max: 2 });
  it("compares the end value with the previous term's", () => {
    const within = assessTarget({ target: t, term: term1823, observations: [exact(2018, 2), exact(2023, 3.4)], asOfYear: 2023 });
    expect(within.status).toBe("ACHIEVED");
    expect(within.result!.low).toBeCloseTo(1.7, 10);
    expect(within.baseline).toEqual({ low: 2, high: 2, approx: false });
    const above = assessTarget({ target: t, term: term1823, observations: [exact(2018, 2), exact(2023, 4.2)], asOfYear: 2023 });
    expect(above.status).toBe("EXCEEDED");
    expect(above.judgement!.exceededBy).toBeCloseTo(0.05, 10);
  });
  it("divides ranges end by end", () => {
    const a = assessTarget({ target: t, term: term1823, observations: [{ year: 2018, fromYear: 2018, qualifier: "RANGE", value: 2, high: 4.5 }, exact(2023, 6)], asOfYear: 2023 });
    expect(a.result!.low).toBeCloseTo(6 / 4.5, 10);
    expect(a.result!.high).toBeCloseTo(3, 10);
    expect(a.status).toBe("INCONCLUSIVE");
  });
  it("needs the previous term's value", () => {
    expect(assessTarget({ target: t, term: term1823, observations: [exact(2023, 4)], asOfYear: 2023 })).toMatchObject({ status: "NO_DATA", missingYears: [2018] });
  });
  it("a running term compounds the target: 1.5× over five years is 1.5^(2/5) after two", () => {
    const a = assessTarget({ target: t, term: term1823, observations: [exact(2018, 2), exact(2020, 2.4)], asOfYear: 2020 });
    expect(a.expected).toBeCloseTo(Math.pow(1.5, 0.4), 10);
    expect(a.status).toBe("ON_TRACK");
  });
});
