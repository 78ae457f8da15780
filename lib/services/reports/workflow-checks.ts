// The workflow's rules (lib/domain/report-workflow.ts) as the services apply them: the facts they know, and each
// refusal as the service's error. The page hides what the rules refuse; a request sent anyway gets the same answer.
import type { Refusal, ReportSlot } from "@/lib/domain/report-workflow";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { ServiceError } from "@/lib/services/errors";
import { assertReportYear, reportYearInRange } from "./years";

/** The province's year, as the rules see it: the province as stored, the year range as configured. */
export function reportSlot(province: { id: number; validUntil: Date | null }, year: number): ReportSlot {
  return { provinceId: province.id, year, yearInRange: reportYearInRange(year), validUntil: province.validUntil };
}

export function throwIfRefused(refusal: Refusal | null, report: { year: number; status?: ReportStatus | null }): void {
  if (refusal === null) return;
  if (refusal === "YEAR_OUT_OF_RANGE") {
    assertReportYear(report.year); // throws with the range in words
    throw new ServiceError("INVALID");
  }
  if (refusal === "LOCKED" || refusal === "BAD_STATE") throw new ServiceError(refusal, { status: report.status });
  throw new ServiceError(refusal);
}
