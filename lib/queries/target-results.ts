// Which reported values answer a target (pure: no I/O, unit-tested). Only whole-province values
// (dimension "") count: a district's figure does not answer a province's target.
import type { FigureValue, TargetKind, YearReport } from "./shapes";

/**
 * TERM_TOTAL: the cumulative value over the whole term, or failing that the yearly flows, listed not summed.
 * END_VALUE: the value in the report of the term's end year (END_LEVEL, and GROWTH, whose multiple needs the
 * previous term too). YEARLY_VALUES: one value per year (ANNUAL).
 */
export type ResultBasis = "TERM_TOTAL" | "YEARLY_FLOWS" | "END_VALUE" | "YEARLY_VALUES";
export type TargetResults = { basis: ResultBasis; values: FigureValue[] };

type TargetLike = { kind: TargetKind; year: number | null; indicatorCode: string };
type TermLike = { startYear: number; endYear: number };

export function resultsForTarget(target: TargetLike, term: TermLike, reports: YearReport[]): TargetResults {
  const whole = reports.flatMap((r) => r.values).filter((v) => v.indicator.code === target.indicatorCode && v.dimension === "");
  const yearly = (from: number, to: number) =>
    whole.filter((v) => v.fromYear === v.year && v.year >= from && v.year <= to).sort((a, b) => a.year - b.year);

  switch (target.kind) {
    case "TERM_TOTAL": {
      const total = whole.find((v) => v.year === term.endYear && v.fromYear === term.startYear);
      return total ? { basis: "TERM_TOTAL", values: [total] } : { basis: "YEARLY_FLOWS", values: yearly(term.startYear, term.endYear) };
    }
    case "ANNUAL": {
      const [from, to] = target.year !== null ? [target.year, target.year] : [term.startYear, term.endYear];
      return { basis: "YEARLY_VALUES", values: yearly(from, to) };
    }
    case "END_LEVEL":
    case "GROWTH": {
      const atEnd = whole.filter((v) => v.year === term.endYear);
      // A level is a year-end figure; take a cumulative one only if the report holds nothing else.
      const pick = atEnd.find((v) => v.fromYear === v.year) ?? atEnd[0];
      return { basis: "END_VALUE", values: pick ? [pick] : [] };
    }
  }
}
