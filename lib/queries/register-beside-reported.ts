// The register's counts by type beside the totals of the province's latest approved report that gives any of
// them (coops_total, unions_total, groups_total, credit_funds_total), counted at the end of that report's year,
// with the difference ("Báo cáo 525, sổ đăng ký 510, chênh 15"); and the units active today, by type.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { REPORTED_CODES, registerVsReportedWith, type RegisterVsReported } from "@/lib/queries/register";
import { registerProvince } from "@/lib/services/register/access";

export type TypeCounts = Record<"HTX" | "LH_HTX" | "THT" | "QTDND", number>;

export interface RegisterBesideReported {
  /** null when no approved report gives any of the totals. */
  reported: RegisterVsReported | null;
  activeNow: TypeCounts;
}

export async function registerBesideReported(db: PrismaClient, { actor, slug }: { actor: Actor | null; slug: string }): Promise<RegisterBesideReported> {
  const province = await registerProvince(db, actor, slug, "read");
  const [latest, groups] = await Promise.all([
    db.reportValue.findFirst({
      where: { dimension: "", indicator: { code: { in: Object.values(REPORTED_CODES) } }, report: { provinceId: province.id, status: "APPROVED" } },
      orderBy: { report: { year: "desc" } },
      select: { report: { select: { year: true } } },
    }),
    db.registerUnit.groupBy({ by: ["type"], where: { provinceId: province.id, dissolvedYear: null }, _count: { _all: true } }),
  ]);
  const activeNow: TypeCounts = { HTX: 0, LH_HTX: 0, THT: 0, QTDND: 0 };
  for (const g of groups) activeNow[g.type] = g._count._all;
  const reported = latest ? await registerVsReportedWith(db, slug, latest.report.year) : null;
  return { reported, activeNow };
}
