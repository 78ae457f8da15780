// The audit log, newest first, a page at a time (cursor: the last entry's id). Callers decide the province
// scope with can(actor, "audit:read", { provinceId }) before calling: a provincial user's scope is their own.
import "server-only";
import { db } from "@/lib/db";
import type { Unit } from "@/lib/generated/prisma/enums";
import { compareVi } from "@/lib/domain/collation";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  /** null: every province (and entries with none). */
  provinceId: number | null;
  /** One yearly report's history. */
  reportId?: number | null;
  actorId?: number | null;
  entity?: string | null;
  /** Entries older than this id. */
  before?: bigint | null;
}

export interface AuditRow {
  id: string;
  at: Date;
  actor: { name: string; email: string } | null;
  entity: string;
  entityId: string;
  action: string;
  province: { name: string } | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  /** For a YearlyReport entry: the report's year and province, to name and link it. */
  report: { year: number; slug: string } | null;
}

export async function auditPage(f: AuditFilter): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  const entries = await db.auditEntry.findMany({
    where: {
      ...(f.provinceId !== null ? { provinceId: f.provinceId } : {}),
      ...(f.reportId ? { entity: "YearlyReport", entityId: String(f.reportId) } : f.entity ? { entity: f.entity } : {}),
      ...(f.actorId ? { actorId: f.actorId } : {}),
      ...(f.before ? { id: { lt: f.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true, at: true, entity: true, entityId: true, action: true, reason: true, before: true, after: true,
      actor: { select: { name: true, email: true } }, province: { select: { name: true } },
    },
  });
  const page = entries.slice(0, AUDIT_PAGE_SIZE);
  const reportIds = [...new Set(page.filter((e) => e.entity === "YearlyReport").map((e) => Number(e.entityId)).filter(Number.isInteger))];
  const reports = reportIds.length
    ? await db.yearlyReport.findMany({ where: { id: { in: reportIds } }, select: { id: true, year: true, province: { select: { slug: true } } } })
    : [];
  const byId = new Map(reports.map((r) => [String(r.id), { year: r.year, slug: r.province.slug }]));
  return {
    rows: page.map((e) => ({ ...e, id: String(e.id), report: e.entity === "YearlyReport" ? (byId.get(e.entityId) ?? null) : null })),
    nextBefore: entries.length > AUDIT_PAGE_SIZE ? String(page[page.length - 1].id) : null,
  };
}

export async function reportIdFor(provinceId: number, year: number): Promise<number | null> {
  const r = await db.yearlyReport.findUnique({ where: { provinceId_year: { provinceId, year } }, select: { id: true } });
  return r?.id ?? null;
}

/** The people a filter can name: everyone, or those who changed something of one province. */
export async function auditUsers(provinceId: number | null): Promise<{ id: number; name: string; email: string }[]> {
  const users = await db.user.findMany({
    where: provinceId === null ? {} : { auditEntries: { some: { provinceId } } },
    select: { id: true, name: true, email: true },
  });
  return users.sort((a, b) => compareVi(a.name, b.name) || compareVi(a.email, b.email));
}

/** Indicator names and units, to name and format the values a report entry changed. */
export async function indicatorCatalogue(): Promise<Map<string, { nameVi: string; nameEn: string; unit: Unit }>> {
  const rows = await db.indicator.findMany({ select: { code: true, nameVi: true, nameEn: true, unit: true } });
  return new Map(rows.map((r) => [r.code, r]));
}
