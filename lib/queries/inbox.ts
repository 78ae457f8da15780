// "What waits for me" (decision 0038): the reports a signed-in user should act on now. An approver: their
// province's submitted reports. An editor: their province's reports returned or reopened, and this season's
// report when due soon or late. An administrator: every submitted report, and every late one. A committee member:
// the late ones, to follow (they write nothing). Works the same with or without mail.
import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/authz";
import { db as appDb } from "@/lib/db";
import { compareVi } from "@/lib/domain/collation";
import { REMINDER_DAYS } from "@/lib/domain/deadlines";
import type { Prisma } from "@/lib/generated/prisma/client";
import { owingReport, seasonDeadlines } from "./deadlines";

type Db = Pick<Prisma.TransactionClient, "yearlyReport" | "province" | "auditEntry" | "reportingDeadline">;

export type InboxReason =
  | { kind: "toApprove" }
  | { kind: "returned" | "reopened"; comment: string | null }
  | { kind: "dueSoon" | "late"; days: number };

export interface InboxItem {
  province: { id: number; slug: string; name: string };
  year: number;
  reasons: InboxReason[];
  due: Date | null;
}

/** The signed-in user's inbox, read once per request (the layout's count and the page share it). */
export const inboxOf = cache((actor: Actor) => inboxFor(appDb, actor));

const province = { select: { id: true, slug: true, name: true } } as const;

export async function inboxFor(db: Db, actor: Actor, now: Date = new Date()): Promise<InboxItem[]> {
  const items = new Map<string, InboxItem>();
  const add = (p: InboxItem["province"], year: number, reason: InboxReason, due: Date | null = null) => {
    const key = `${p.id}:${year}`;
    const item = items.get(key) ?? { province: p, year, reasons: [], due: null };
    item.reasons.push(reason);
    item.due ??= due;
    items.set(key, item);
  };
  const own = actor.provinceId;
  const provincial = actor.role === "PROVINCE_EDITOR" || actor.role === "PROVINCE_APPROVER";
  if (provincial && own === null) return [];

  if (actor.role === "PROVINCE_APPROVER" || actor.role === "ADMIN") {
    const submitted = await db.yearlyReport.findMany({ where: { status: "SUBMITTED", ...(provincial ? { provinceId: own! } : {}) }, select: { year: true, province } });
    for (const r of submitted) add(r.province, r.year, { kind: "toApprove" });
  }
  if (actor.role === "PROVINCE_EDITOR") {
    for (const r of await sentBack(db, own!)) add(r.province, r.year, r.reason);
  }
  if (actor.role !== "PROVINCE_APPROVER") {
    const wanted: InboxReason["kind"][] = actor.role === "PROVINCE_EDITOR" ? ["dueSoon", "late"] : ["late"];
    for (const d of await seasonDue(db, provincial ? own : null, now, wanted)) add(d.province, d.year, d.reason, d.due);
  }
  return [...items.values()].sort((a, b) => b.year - a.year || compareVi(a.province.name, b.province.name));
}

/** The province's drafts whose last step was a return or a reopening, with its comment or reason. */
async function sentBack(db: Db, provinceId: number): Promise<{ year: number; province: InboxItem["province"]; reason: InboxReason }[]> {
  const drafts = await db.yearlyReport.findMany({ where: { provinceId, status: "DRAFT" }, select: { id: true, year: true, returnComment: true, province } });
  if (drafts.length === 0) return [];
  const steps = await db.auditEntry.findMany({
    where: { entity: "YearlyReport", entityId: { in: drafts.map((d) => String(d.id)) }, action: { in: ["submit", "return", "approve", "reopen"] } },
    orderBy: { id: "desc" },
    select: { entityId: true, action: true, reason: true },
  });
  const last = new Map<string, { action: string; reason: string | null }>();
  for (const s of steps) if (!last.has(s.entityId)) last.set(s.entityId, s);
  return drafts.flatMap((d) => {
    const step = last.get(String(d.id));
    const reason: InboxReason | null = step?.action === "reopen" ? { kind: "reopened", comment: step.reason }
      // A return leaves its comment on the report until the next submission clears it.
      : d.returnComment !== null ? { kind: "returned", comment: d.returnComment } : null;
    return reason ? [{ year: d.year, province: d.province, reason }] : [];
  });
}

/**
 * This season's reports that are due soon or late, of the kinds wanted: last year's and this year's, for the
 * provinces that exist at the end of that year (one province, or all) and have not submitted. A year too far from
 * its due day for any wanted kind costs no query (the layout asks on every dashboard page).
 */
async function seasonDue(db: Db, provinceId: number | null, now: Date, wanted: InboxReason["kind"][]) {
  const out: { province: InboxItem["province"]; year: number; due: Date; reason: InboxReason }[] = [];
  for (const { year, due, days } of await seasonDeadlines(db, now)) {
    const reason: InboxReason | null = days < 0 ? { kind: "late", days: -days } : days <= REMINDER_DAYS ? { kind: "dueSoon", days } : null;
    if (!reason || !wanted.includes(reason.kind)) continue;
    const provinces = await db.province.findMany({ where: { ...(provinceId !== null ? { id: provinceId } : {}), ...owingReport(year) }, select: province.select });
    for (const p of provinces) out.push({ province: p, year, due, reason });
  }
  return out;
}
