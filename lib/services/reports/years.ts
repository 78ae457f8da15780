// The years a yearly report may be written for: REPORT_YEAR_MIN (default 2000) to REPORT_YEAR_MAX (default the
// current year). Without a range a report for 2099 could be created, approved and become the public national
// headline. Creating, saving, submitting, approving and importing check it; reading, returning, reopening and
// deleting a draft do not, so a report made before the range existed can still be seen and cleaned up.
import { env } from "@/lib/env";
import { ServiceError } from "@/lib/services/errors";
import type { FieldError } from "@/lib/validation/field-errors";

export function reportYearRange(now = new Date()): { min: number; max: number } {
  const e = env();
  return { min: e.REPORT_YEAR_MIN, max: e.REPORT_YEAR_MAX ?? now.getUTCFullYear() };
}

export function reportYearInRange(year: number): boolean {
  const { min, max } = reportYearRange();
  return Number.isInteger(year) && year >= min && year <= max;
}

/** The problem of a year outside the range, as a code with the range (the catalogue words it). */
export function yearOutOfRange(): FieldError {
  return { field: "year", code: "YEAR_OUT_OF_RANGE", key: "report.YEAR_OUT_OF_RANGE", params: reportYearRange() };
}

export function assertReportYear(year: number): void {
  if (reportYearInRange(year)) return;
  throw new ServiceError("INVALID", { fields: [yearOutOfRange()] });
}
