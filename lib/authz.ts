// The one place that decides who may do what (DESIGN.md, roles and workflow; decision 0027). Every page, server
// action and route handler asks can() before it reads private data or writes, with the province of the record as
// the server found it, never a province sent by the client. What a report's workflow allows right now (its
// state, the year, four eyes) is decided beside the workflow's rules, on top of can(): lib/domain/report-workflow.ts.
import type { Role } from "./generated/prisma/enums";

export type Action =
  | "report:read-draft" // see a report that is not approved (labelled as such); approved reports are public
  | "report:edit" // save a draft's values, delete a draft
  | "report:submit"
  | "report:approve"
  | "report:return"
  | "report:reopen" // reopen an approved report (with a reason)
  | "report:comment" // write in a report's thread: who may read its drafts (the committee too: review is their work)
  | "register:read" // see a province's register: its units, counts and exports
  | "register:edit"
  | "target:read" // see a province's terms and targets in the dashboard
  | "target:edit"
  | "audit:read"
  | "user:read" // see the list of users
  | "user:manage"
  | "province:configure" // province-wide settings such as single-person approval (administrators only)
  | "progress:read" // the national progress board: every province's report state and deadline (national roles)
  | "deadline:set" // the due day of a year's reports (administrators only)
  | "account:edit"; // one's own account settings (the mail's language), scoped to one's own record's province

/** The actions that only read: every dashboard page and private GET asks one of these. */
export const READ_ACTIONS = ["report:read-draft", "register:read", "target:read", "audit:read", "user:read", "progress:read"] as const satisfies readonly Action[];

export interface Actor {
  id: number;
  role: Role;
  /** For the provincial roles: the one province they work for. */
  provinceId: number | null;
}

export interface Scope {
  /** The province of the record acted on, as stored. */
  provinceId: number | null;
}

// Administrators only: nothing a provincial role or the committee may do anywhere.
type AdminOnly = "report:reopen" | "user:read" | "user:manage" | "province:configure" | "deadline:set";
const ADMIN_ONLY: readonly Action[] = ["report:reopen", "user:read", "user:manage", "province:configure", "deadline:set"] satisfies AdminOnly[];
const adminOnly = (action: Action): action is AdminOnly => ADMIN_ONLY.includes(action);

// Committee members review every province: they see its unpublished reports, register and targets, and write
// nothing but comments in a report's thread. The audit log is the provinces' and the administrators' own.
const COMMITTEE = new Set<Action>(["report:read-draft", "report:comment", "register:read", "target:read", "progress:read", "account:edit"]);

const EDITORS: Role[] = ["PROVINCE_EDITOR", "PROVINCE_APPROVER"];
const PROVINCIAL: Record<Exclude<Action, AdminOnly>, Role[]> = {
  "report:read-draft": EDITORS,
  "report:edit": EDITORS,
  "report:submit": EDITORS,
  "report:approve": ["PROVINCE_APPROVER"],
  "report:return": ["PROVINCE_APPROVER"],
  "report:comment": EDITORS,
  "register:read": EDITORS,
  "register:edit": EDITORS,
  "target:read": EDITORS,
  "target:edit": EDITORS,
  "audit:read": EDITORS,
  // The board spans every province: no provincial role reads it, even scoped to their own.
  "progress:read": [],
  "account:edit": EDITORS,
};

export function can(actor: Actor | null, action: Action, scope: Scope): boolean {
  if (!actor) return false;
  if (actor.role === "ADMIN") return true;
  if (actor.role === "COMMITTEE") return COMMITTEE.has(action);
  if (adminOnly(action)) return false;
  const own = actor.provinceId !== null && scope.provinceId === actor.provinceId;
  return own && PROVINCIAL[action].includes(actor.role);
}
