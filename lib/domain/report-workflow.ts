// The yearly report's workflow as rules: DRAFT → SUBMITTED → APPROVED (locked), SUBMITTED → DRAFT (returned, with
// a comment), APPROVED → DRAFT (reopened by an administrator, with a reason), and a draft's own steps (save,
// delete). What a user may do to a report now is decided here once (decision 0027): the report page draws its
// buttons from availableTransitions() and the services refuse with the same answers, in the order they can
// know them: who and where first (stepRefusal, before the report is read), then the report itself (stateRefusal,
// inside the transaction).
import { can, type Action, type Actor } from "@/lib/authz";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export type Transition = "submit" | "approve" | "return" | "reopen";
export type Step = "save" | "delete" | Transition;

interface Rule {
  action: Action;
  /** The state the report must be in; a save also creates a report that does not exist yet. */
  from: ReportStatus;
  /** The state it is in afterwards; null: deleted. */
  to: ReportStatus | null;
  /** Only for a year within the report years (lib/services/reports/years.ts). */
  reportYears: boolean;
  /** Only while the province still existed at the end of the year (a later year belongs to its successor). */
  provinceOpen: boolean;
  /** A comment (return) or a reason (reopen) is required. */
  needsText: boolean;
}

// Returning, reopening and deleting reach any year, so a report made before the year range existed can still be
// taken back to draft and deleted.
export const RULES = {
  save: { action: "report:edit", from: "DRAFT", to: "DRAFT", reportYears: true, provinceOpen: true, needsText: false },
  delete: { action: "report:edit", from: "DRAFT", to: null, reportYears: false, provinceOpen: false, needsText: false },
  submit: { action: "report:submit", from: "DRAFT", to: "SUBMITTED", reportYears: true, provinceOpen: true, needsText: false },
  approve: { action: "report:approve", from: "SUBMITTED", to: "APPROVED", reportYears: true, provinceOpen: false, needsText: false },
  return: { action: "report:return", from: "SUBMITTED", to: "DRAFT", reportYears: false, provinceOpen: false, needsText: true },
  reopen: { action: "report:reopen", from: "APPROVED", to: "DRAFT", reportYears: false, provinceOpen: false, needsText: true },
} as const satisfies Record<Step, Rule>;

/** Where the report is or would be: the province (as stored) and the year. */
export interface ReportSlot {
  provinceId: number;
  year: number;
  /** Whether `year` is one of the report years (the range comes from the environment; the caller looks). */
  yearInRange: boolean;
  /** The day the province merged away, or null. */
  validUntil: Date | null;
}

/** The report as stored, for the checks that need it. */
export interface ReportRecord {
  /** null: there is no report for the year yet. */
  status: ReportStatus | null;
  submittedById: number | null;
  lastEditedById: number | null;
  /** The province's setting that lets one person submit and approve, read when the approval commits; absent: off. */
  singlePersonApproval?: boolean;
}

export type ReportFacts = ReportSlot & ReportRecord;

export type Refusal =
  | "NOT_SIGNED_IN" | "FORBIDDEN" | "PROVINCE_CLOSED" | "YEAR_OUT_OF_RANGE"
  | "NOT_FOUND" | "LOCKED" | "BAD_STATE" | "SELF_APPROVAL";

/** Whether the province still existed at the end of `year`. */
export function provinceOpenFor(validUntil: Date | null, year: number): boolean {
  return !validUntil || validUntil >= new Date(`${year}-12-31T00:00:00Z`);
}

/**
 * Whether `actor` may see the report (or that there is none): an approved report is public; anything else, even
 * its absence, only for those who may read the province's unpublished work.
 */
export function mayReadReport(report: { provinceId: number; status: ReportStatus | null }, actor: Actor | null): boolean {
  return report.status === "APPROVED" || can(actor, "report:read-draft", { provinceId: report.provinceId });
}

/** Four eyes: whoever submitted the report or saved its values last. */
export function ownWork(report: Pick<ReportRecord, "submittedById" | "lastEditedById">, actor: Actor): boolean {
  return report.submittedById === actor.id || report.lastEditedById === actor.id;
}

/** Why `actor` may not take `step` on the province's report of the year, whatever its state; null if they may. */
export function stepRefusal(step: Step, slot: ReportSlot, actor: Actor | null): Refusal | null {
  const rule: Rule = RULES[step];
  if (!actor) return "NOT_SIGNED_IN";
  if (!can(actor, rule.action, { provinceId: slot.provinceId })) return "FORBIDDEN";
  if (rule.provinceOpen && !provinceOpenFor(slot.validUntil, slot.year)) return "PROVINCE_CLOSED";
  if (rule.reportYears && !slot.yearInRange) return "YEAR_OUT_OF_RANGE";
  return null;
}

/**
 * Why the report's state refuses `step` by `actor`, or null. Four eyes: whoever submitted the report or saved its
 * values last may not approve it (administrators included), unless single-person approval is on for the province.
 */
export function stateRefusal(step: Step, report: ReportRecord, actor: Actor): Refusal | null {
  const rule: Rule = RULES[step];
  if (report.status === null) return step === "save" ? null : "NOT_FOUND";
  if (report.status !== rule.from) return report.status === "APPROVED" ? "LOCKED" : "BAD_STATE";
  if (step === "approve" && ownWork(report, actor) && !report.singlePersonApproval) return "SELF_APPROVAL";
  return null;
}

/** The first reason `actor` may not take `step` now, or null. */
export function refusal(step: Step, report: ReportFacts, actor: Actor | null): Refusal | null {
  const before = stepRefusal(step, report, actor);
  if (before || !actor) return before ?? "NOT_SIGNED_IN";
  return stateRefusal(step, report, actor);
}

export type Available = Record<Step, boolean>;

/**
 * What `actor` may do to the report now. A report not written yet may be submitted by whoever may create it:
 * the form saves it first.
 */
export function availableTransitions(report: ReportFacts, actor: Actor | null): Available {
  const may = (step: Step) => refusal(step, report, actor) === null;
  const steps = Object.keys(RULES) as Step[];
  const out = Object.fromEntries(steps.map((s) => [s, may(s)])) as Available;
  if (report.status === null) out.submit = out.save && stepRefusal("submit", report, actor) === null;
  return out;
}
