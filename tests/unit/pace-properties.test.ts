// Properties of lib/domain/pace.ts over random figures and targets of every kind and qualifier.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Observation, TargetInput } from "@/lib/domain/achievement";
import { assessPace, paceRank, type Pace, type PaceStatus } from "@/lib/domain/pace";
import type { TargetKind } from "@/lib/domain/types";

const term = { startYear: 2022, endYear: 2027 };
const YEARS = [2022, 2023, 2024, 2025];
const OFF_TRACK: PaceStatus[] = ["ACCELERATION_NEEDED", "LIMITED_PROGRESS", "DETERIORATION"];

type Figure = { qualifier: "EXACT" | "AT_LEAST" | "APPROX" | "NEARLY" | "RANGE"; value: number; width: number };
const figure = (qualifiers: Figure["qualifier"][]) =>
  fc.record({ qualifier: fc.constantFrom(...qualifiers), value: fc.integer({ min: 1, max: 400 }), width: fc.integer({ min: 1, max: 150 }) });
const anyFigure = figure(["EXACT", "AT_LEAST", "APPROX", "NEARLY", "RANGE"]);

const observation = (year: number, f: Figure): Observation =>
  ({ year, fromYear: year, qualifier: f.qualifier, value: f.value, high: f.qualifier === "RANGE" ? f.value + f.width : null });

const targetFor = (kind: TargetKind, min: number): TargetInput =>
  ({ kind, min: kind === "GROWTH" ? 1 + min / 200 : min, max: null, qualifier: "EXACT" });

const scenario = (figures: fc.Arbitrary<Figure>) =>
  fc.record({
    kind: fc.constantFrom<TargetKind>("TERM_TOTAL", "ANNUAL", "END_LEVEL", "GROWTH"),
    min: fc.integer({ min: 1, max: 600 }),
    figures: fc.tuple(...YEARS.map(() => fc.option(figures, { nil: undefined }))),
  });

function run(kind: TargetKind, min: number, figures: (Figure | undefined)[]): Pace {
  const observations = figures.flatMap((f, i) => (f ? [observation(YEARS[i], f)] : []));
  return assessPace({ target: targetFor(kind, min), term, observations, asOfYear: 2025 })!;
}

const rank = (s: PaceStatus | null) => (s === null || s === "INCONCLUSIVE" || s === "NO_DATA" ? null : paceRank(s));
/** The figure whose rise means more done: any year of a sum or an average, the latest level of the others. */
const resultIndex = (kind: TargetKind, figures: (Figure | undefined)[]) =>
  kind === "TERM_TOTAL" || kind === "ANNUAL" ? figures.findIndex((f, i) => f && i > 0) : figures.findLastIndex((f, i) => f && i > 0);

describe("pace properties", () => {
  it("raising a result never worsens the status, nor its worst or best case", () => {
    fc.assert(
      fc.property(scenario(anyFigure), fc.integer({ min: 1, max: 300 }), ({ kind, min, figures }, rise) => {
        const i = resultIndex(kind, figures);
        fc.pre(i > 0);
        const raised = figures.map((f, j) => (j === i ? { ...f!, value: f!.value + rise } : f));
        const before = run(kind, min, figures);
        const after = run(kind, min, raised);
        // A rise never adds or removes a figure: no data stays no data.
        expect(after.worst === null).toBe(before.worst === null);
        if (!before.worst || !after.worst) return;
        expect(paceRank(after.worst)).toBeGreaterThanOrEqual(paceRank(before.worst));
        expect(paceRank(after.best!)).toBeGreaterThanOrEqual(paceRank(before.best!));
        if (rank(before.status) !== null && rank(after.status) !== null) expect(rank(after.status)!).toBeGreaterThanOrEqual(rank(before.status)!);
      }),
      { numRuns: 2000 },
    );
  });

  it("raising the level a term started from never improves an END_LEVEL or GROWTH status", () => {
    fc.assert(
      fc.property(scenario(anyFigure), fc.constantFrom<TargetKind>("END_LEVEL", "GROWTH"), fc.integer({ min: 1, max: 300 }), ({ min, figures }, kind, rise) => {
        fc.pre(figures[0] !== undefined && figures.slice(1).some(Boolean));
        const raised = [{ ...figures[0]!, value: figures[0]!.value + rise }, ...figures.slice(1)];
        const before = run(kind, min, figures);
        const after = run(kind, min, raised);
        expect(after.worst === null).toBe(before.worst === null);
        if (!before.worst || !after.worst) return;
        expect(paceRank(after.worst)).toBeLessThanOrEqual(paceRank(before.worst));
        expect(paceRank(after.best!)).toBeLessThanOrEqual(paceRank(before.best!));
      }),
      { numRuns: 1000 },
    );
  });

  it("a result that is a lower bound can prove 'on track' but never an off-track status", () => {
    fc.assert(
      fc.property(scenario(figure(["EXACT", "APPROX", "RANGE"])), fc.integer({ min: 1, max: 400 }), ({ kind, min, figures }, floor) => {
        const i = resultIndex(kind, figures);
        fc.pre(i > 0);
        const bounded = figures.map((f, j) => (j === i ? { qualifier: "AT_LEAST" as const, value: floor, width: 0 } : f));
        expect(OFF_TRACK).not.toContain(run(kind, min, bounded).status);
      }),
      { numRuns: 2000 },
    );
  });

  it("exact figures for every year always settle a status", () => {
    const every = fc.record({ kind: fc.constantFrom<TargetKind>("TERM_TOTAL", "ANNUAL", "END_LEVEL", "GROWTH"), min: fc.integer({ min: 1, max: 600 }), figures: fc.tuple(...YEARS.map(() => figure(["EXACT"]))) });
    fc.assert(
      fc.property(every, ({ kind, min, figures }) => {
        const p = run(kind, min, figures);
        expect(p.status).not.toBe("INCONCLUSIVE");
        expect(p.worst).toBe(p.best);
      }),
      { numRuns: 1000 },
    );
  });
});
