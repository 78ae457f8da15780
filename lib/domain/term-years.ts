// Which years a term's targets speak of. A congress held in year S sets targets for its term S–E; the years
// it governs are S+1 … E (five years for 2018–2023), so adjacent terms never count the same year twice.
// A value the source reports as cumulative for the whole term (fromYear = S) is used as it is.
export interface TermSpan {
  startYear: number;
  endYear: number;
}

export function termYears(t: TermSpan): number[] {
  const years: number[] = [];
  for (let y = t.startYear + 1; y <= t.endYear; y++) years.push(y);
  return years;
}

/** Share of the term gone by the end of `asOfYear`, from 0 to 1. */
export function elapsedShare(t: TermSpan, asOfYear: number): number {
  const n = t.endYear - t.startYear;
  return Math.min(1, Math.max(0, (asOfYear - t.startYear) / n));
}

export function isRunning(t: TermSpan, asOfYear: number): boolean {
  return asOfYear < t.endYear;
}
