// Which years a province's report index offers to start: every year of the report range (REPORT_YEAR_MIN to
// REPORT_YEAR_MAX, lib/services/reports/years.ts) with no report that the province can still take, gaps between
// reported years included (a province that skipped 2022 is offered 2022, not only the year after its latest).

export interface YearsToCreate {
  /** The year to write now: the year after the latest report; with none yet, last year (or this year). */
  next: number | null;
  /** Later years with no report, after `next`. */
  later: number[];
  /** Years missing between the earliest and the latest report, oldest first. */
  gaps: number[];
  /** Years before the earliest report, the most recent first. */
  earlier: number[];
}

export function yearsToCreate(existing: number[], range: { min: number; max: number }, isOpen: (year: number) => boolean): YearsToCreate {
  const have = new Set(existing);
  const free: number[] = [];
  for (let y = range.min; y <= range.max; y++) if (!have.has(y) && isOpen(y)) free.push(y);
  const lo = existing.length ? Math.min(...existing) : range.max;
  const hi = existing.length ? Math.max(...existing) : range.max - 2;
  const after = free.filter((y) => y > hi);
  return {
    next: after[0] ?? null,
    later: after.slice(1),
    gaps: free.filter((y) => y > lo && y < hi),
    earlier: free.filter((y) => y < Math.min(lo, hi + 1)).reverse(),
  };
}
