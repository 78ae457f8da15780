// The years a yearly report may be written for: REPORT_YEAR_MIN (default 2000) to REPORT_YEAR_MAX (default the
// current year). Without a range a report for 2099 could be created, approved and become the public national
// headline. Creating, saving, submitting, approving and importing check it; reading, returning, reopening and
// deleting a draft do not, so a report made before the range existed can still be seen and cleaned up.
import { reportYearSettings } from "../../env";
import { ServiceError } from "../errors";

export function reportYearRange(now = new Date()): { min: number; max: number } {
  const e = reportYearSettings();
  return { min: e.REPORT_YEAR_MIN, max: e.REPORT_YEAR_MAX ?? now.getUTCFullYear() };
}

export function reportYearInRange(year: number): boolean {
  const { min, max } = reportYearRange();
  return Number.isInteger(year) && year >= min && year <= max;
}

/** The words for a year outside the range, both languages. */
export function yearOutOfRangeMessage(): { vi: string; en: string } {
  const { min, max } = reportYearRange();
  return {
    vi: `Năm báo cáo phải từ ${min} đến ${max}.`,
    en: `The report year must be from ${min} to ${max}.`,
  };
}

export function assertReportYear(year: number): void {
  if (reportYearInRange(year)) return;
  const m = yearOutOfRangeMessage();
  throw new ServiceError("INVALID", { fields: [{ field: "year", code: "YEAR_OUT_OF_RANGE", message: m.vi, messageEn: m.en }] });
}
