// The one place that decides who may do what (DESIGN.md, roles and workflow). Every server action and route
// handler asks can() before it reads private data or writes, with the province of the record as the server
// found it, never a province sent by the client.
import type { Role } from "./generated/prisma/enums";

export type Action =
  | "report:read-draft" // see a report that is not approved (labelled as such)
  | "report:edit" // save a draft's values
  | "report:submit"
  | "report:approve"
  | "report:return"
  | "report:reopen" // reopen an approved report (with a reason)
  | "target:edit"
  | "register:edit"
  | "audit:read"
  | "user:manage"
  | "province:configure"; // province-wide settings such as single-person approval (administrators only)

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

const PROVINCIAL: Record<Exclude<Action, "report:reopen" | "user:manage" | "province:configure">, Role[]> = {
  "report:read-draft": ["PROVINCE_EDITOR", "PROVINCE_APPROVER"],
  "report:edit": ["PROVINCE_EDITOR", "PROVINCE_APPROVER"],
  "report:submit": ["PROVINCE_EDITOR", "PROVINCE_APPROVER"],
  "report:approve": ["PROVINCE_APPROVER"],
  "report:return": ["PROVINCE_APPROVER"],
  "target:edit": ["PROVINCE_EDITOR", "PROVINCE_APPROVER"],
  "register:edit": ["PROVINCE_EDITOR", "PROVINCE_APPROVER"],
  "audit:read": ["PROVINCE_EDITOR", "PROVINCE_APPROVER"],
};

export function can(actor: Actor | null, action: Action, scope: Scope): boolean {
  if (!actor) return false;
  if (actor.role === "ADMIN") return true;
  // Committee members review every province: they may see drafts (always labelled), and write nothing.
  if (actor.role === "COMMITTEE") return action === "report:read-draft";
  if (action === "report:reopen" || action === "user:manage" || action === "province:configure") return false;
  const own = actor.provinceId !== null && scope.provinceId === actor.provinceId;
  return own && PROVINCIAL[action].includes(actor.role);
}
