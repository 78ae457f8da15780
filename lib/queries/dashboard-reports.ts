// The dashboard's lists of yearly reports, drafts included. Not cached and not public: callers check
// can(actor, "report:read-draft", { provinceId }) before showing any of it.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { compareVi } from "@/lib/domain/collation";

export interface ProvinceHead {
  id: number;
  slug: string;
  name: string;
  validUntil: Date | null;
  mergedInto: { slug: string; name: string; effectiveDate: Date } | null;
}

export interface ReportRow {
  year: number;
  status: ReportStatus;
  version: number;
  updatedAt: Date;
  returnComment: string | null;
}

export interface ProvinceStatusRow extends ProvinceHead {
  counts: Record<ReportStatus, number>;
  latestYear: number | null;
}

const headSelect = {
  id: true, slug: true, name: true, validUntil: true,
  mergedInto: { take: 1, select: { effectiveDate: true, to: { select: { slug: true, name: true } } } },
} as const;

type HeadRow = { id: number; slug: string; name: string; validUntil: Date | null; mergedInto: { effectiveDate: Date; to: { slug: string; name: string } }[] };

function toHead(p: HeadRow): ProvinceHead {
  const m = p.mergedInto[0];
  return { id: p.id, slug: p.slug, name: p.name, validUntil: p.validUntil, mergedInto: m ? { ...m.to, effectiveDate: m.effectiveDate } : null };
}

export const provinceHead = cache(async (where: { id: number } | { slug: string }): Promise<ProvinceHead | null> => {
  const p = await db.province.findUnique({ where, select: headSelect });
  return p ? toHead(p) : null;
});

export async function provinceReports(provinceId: number): Promise<ReportRow[]> {
  return db.yearlyReport.findMany({
    where: { provinceId },
    orderBy: { year: "desc" },
    select: { year: true, status: true, version: true, updatedAt: true, returnComment: true },
  });
}

/** Every province, today's first and then the merged ones, each by name, with how many reports are in each state. */
export async function provincesWithStatuses(): Promise<ProvinceStatusRow[]> {
  const [provinces, groups] = await Promise.all([
    db.province.findMany({ select: headSelect }),
    db.yearlyReport.groupBy({ by: ["provinceId", "status"], _count: { _all: true }, _max: { year: true } }),
  ]);
  const rows = provinces.map((p) => ({ ...toHead(p), counts: { DRAFT: 0, SUBMITTED: 0, APPROVED: 0 }, latestYear: null as number | null }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const g of groups) {
    const row = byId.get(g.provinceId);
    if (!row) continue;
    row.counts[g.status] = g._count._all;
    row.latestYear = Math.max(row.latestYear ?? 0, g._max.year ?? 0) || null;
  }
  return rows.sort((a, b) => Number(a.validUntil !== null) - Number(b.validUntil !== null) || compareVi(a.name, b.name));
}
