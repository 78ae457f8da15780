// Which years a province's report index offers to start. A year's report is written once the year is under
// way or over, so nothing later than the current year; a province that merged away takes no more reports.

/**
 * The next year after the latest report (the one to write now), then the other years without a report up
 * to the current year. With no report yet, last year and this year.
 */
export function yearsToCreate(existing: number[], currentYear: number, isOpen: (year: number) => boolean): number[] {
  const have = new Set(existing);
  const start = existing.length ? Math.max(...existing) + 1 : currentYear - 1;
  const out: number[] = [];
  for (let y = start; y <= currentYear; y++) if (!have.has(y) && isOpen(y)) out.push(y);
  return out;
}
