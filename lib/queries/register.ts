// The register (RegisterUnit) counted by sector and type, and beside the totals the approved report gives.
// The register is a list of units and may be incomplete; the report holds the official totals (DESIGN.md), so
// both are shown where they differ ("reported 525, registered 510"), never one silently replacing the other.
import "server-only";
import { db } from "@/lib/db";
import { perRequest } from "@/lib/cache/per-request";
import type { Qualifier } from "@/lib/domain/types";
import type { Sector, UnitType } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/prisma-client";
import type { ProvinceName } from "./compare-shapes";
import { lastCompleteYear } from "./progress";
import { num, toSourceRef, sourceSelect, type SourceRef } from "./shapes";

export type { Sector, UnitType };

export const UNIT_TYPES = ["HTX", "LH_HTX", "THT", "QTDND"] as const satisfies readonly UnitType[];
export const SECTORS = ["AGRICULTURE", "INDUSTRY_CRAFT", "CONSTRUCTION", "TRADE_SERVICE", "TRANSPORT", "ENVIRONMENT", "CREDIT", "OTHER"] as const satisfies readonly Sector[];

export type TypeCounts = Record<UnitType, number>;
export interface SectorRow {
  sector: Sector;
  counts: TypeCounts;
  total: number;
}

export interface RegisterBySector {
  /** null for the whole country. */
  province: ProvinceName | null;
  year: number;
  /** Every sector, in the catalogue's order, zeros included (a chart of sectors must not drop one silently). */
  rows: SectorRow[];
  totals: TypeCounts;
  total: number;
}

const zero = (): TypeCounts => ({ HTX: 0, LH_HTX: 0, THT: 0, QTDND: 0 });

/** Units active at the end of `year`: founded by then, not dissolved by then. */
export const activeIn = (year: number): Prisma.RegisterUnitWhereInput => ({
  foundedYear: { lte: year },
  OR: [{ dissolvedYear: null }, { dissolvedYear: { gt: year } }],
});

export async function countBySector(client: PrismaClient, provinceIds: number[] | null, year: number): Promise<Omit<RegisterBySector, "province" | "year">> {
  const groups = await client.registerUnit.groupBy({
    by: ["sector", "type"],
    where: { ...activeIn(year), ...(provinceIds ? { provinceId: { in: provinceIds } } : {}) },
    _count: { _all: true },
  });
  const rows: SectorRow[] = SECTORS.map((sector) => ({ sector, counts: zero(), total: 0 }));
  const totals = zero();
  for (const g of groups) {
    const row = rows.find((r) => r.sector === g.sector)!;
    row.counts[g.type] += g._count._all;
    row.total += g._count._all;
    totals[g.type] += g._count._all;
  }
  return { rows, totals, total: rows.reduce((a, r) => a + r.total, 0) };
}

export async function nationalRegisterBySectorWith(client: PrismaClient, year = lastCompleteYear()): Promise<RegisterBySector> {
  return { province: null, year, ...(await countBySector(client, null, year)) };
}

/** The report's totals each register type answers to. */
export const REPORTED_CODES: Record<UnitType, string> = { HTX: "coops_total", LH_HTX: "unions_total", THT: "groups_total", QTDND: "credit_funds_total" };

export interface RegisterVsReportedRow {
  type: UnitType;
  code: string;
  reported: { qualifier: Qualifier; value: number; high: number | null; includesCreditFunds: boolean | null; source: SourceRef | null } | null;
  /** Active units in the register; for an HTX total the report says includes QTDND, HTX and QTDND together. */
  registered: number;
  /** registered − reported, when the report gives one number (not a range or a lower bound). */
  difference: number | null;
}

export interface RegisterVsReported {
  province: ProvinceName;
  year: number;
  rows: RegisterVsReportedRow[];
  /** false when the province has no unit in the register at all: an honest "no register yet", not 0 vs 525. */
  hasRegister: boolean;
}

export async function registerVsReportedWith(client: PrismaClient, slug: string, year: number): Promise<RegisterVsReported | null> {
  const province = await client.province.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!province) return null;
  const [counts, anyUnit, values] = await Promise.all([
    countBySector(client, [province.id], year),
    client.registerUnit.count({ where: { provinceId: province.id } }),
    client.reportValue.findMany({
      where: { dimension: "", fromYear: year, indicator: { code: { in: Object.values(REPORTED_CODES) } }, report: { provinceId: province.id, year, status: "APPROVED" } },
      select: { qualifier: true, value: true, high: true, includesCreditFunds: true, indicator: { select: { code: true } }, source: { select: sourceSelect } },
    }),
  ]);
  const rows = UNIT_TYPES.map((type): RegisterVsReportedRow => {
    const v = values.find((x) => x.indicator.code === REPORTED_CODES[type]);
    const reported = v ? { qualifier: v.qualifier, value: num(v.value), high: num(v.high), includesCreditFunds: v.includesCreditFunds, source: toSourceRef(v.source) } : null;
    const registered = counts.totals[type] + (type === "HTX" && reported?.includesCreditFunds ? counts.totals.QTDND : 0);
    const single = reported && reported.qualifier !== "RANGE" && reported.qualifier !== "AT_LEAST";
    return { type, code: REPORTED_CODES[type], reported, registered, difference: single ? registered - reported.value : null };
  });
  return { province: { slug: province.slug, name: province.name }, year, rows, hasRegister: anyUnit > 0 };
}

export const nationalRegisterBySector = perRequest((year?: number) => nationalRegisterBySectorWith(db, year));
