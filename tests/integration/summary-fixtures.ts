// Fixtures of summary-queries.test.ts: the real 63 → 34 provinces and catalogue, and a handful of reports chosen
// to exercise the roll-up across the merger: Thái Nguyên + Bắc Kạn where Bắc Kạn lacks coops_total and workers
// (a lower bound, an average with a missing base), Phú Thọ complete with a range, drafts that must never count.
import type { Qualifier, ReportStatus, Sector, UnitType } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/prisma-client";
import { seedCatalogue } from "@/prisma/seed/catalogue";

type V = { code: string; value: number; high?: number; qualifier?: Qualifier; fromYear?: number; dimension?: string; includesCreditFunds?: boolean };
type R = { province: string; year: number; status?: ReportStatus; values: V[] };

export const REPORTS: R[] = [
  { province: "thai-nguyen", year: 2018, values: [
    { code: "coops_total", value: 470 },
    // A cumulative flow and a district's figure: neither is 2018's whole-province yearly value.
    { code: "coops_new", value: 208, fromYear: 2013 },
    { code: "coops_total", value: 12, dimension: "district:Đại Từ" },
  ] },
  { province: "thai-nguyen", year: 2019, values: [{ code: "coops_new", value: 40 }] },
  { province: "thai-nguyen", year: 2020, values: [{ code: "coops_new", value: 20 }] },
  { province: "thai-nguyen", year: 2024, values: [
    { code: "coops_total", value: 600, includesCreditFunds: true },
    { code: "workers", value: 10000 },
    { code: "avg_income_worker", value: 5 },
    { code: "coops_effective_pct", value: 80 },
    { code: "managers_university_pct", value: 25 }, // a share whose denominator the catalogue lacks
  ] },
  { province: "bac-kan", year: 2024, values: [{ code: "avg_income_worker", value: 3 }] },
  { province: "phu-tho", year: 2024, values: [{ code: "coops_total", value: 300 }, { code: "workers", value: 2000 }, { code: "avg_income_worker", value: 4 }] },
  { province: "vinh-phuc", year: 2024, values: [{ code: "coops_total", value: 200, high: 220, qualifier: "RANGE" }, { code: "workers", value: 1000 }, { code: "avg_income_worker", value: 6 }] },
  { province: "hoa-binh", year: 2024, values: [
    { code: "coops_total", value: 525 }, { code: "workers", value: 3000 }, { code: "avg_income_worker", value: 4.67 },
    { code: "avg_income_growth", value: 2.4 },
  ] },
  // Drafts and submitted reports are never public: not in a roll-up, not as the latest year, not in the years list.
  { province: "ha-noi", year: 2024, status: "DRAFT", values: [{ code: "coops_total", value: 1500 }] },
  { province: "ha-noi", year: 2023, status: "SUBMITTED", values: [{ code: "coops_total", value: 1400 }] },
  { province: "ha-noi", year: 2025, status: "DRAFT", values: [{ code: "coops_total", value: 1600 }] },
];

type U = { province: string; type: UnitType; sector: Sector; founded: number; dissolved?: number };
export const UNITS: U[] = [
  { province: "thai-nguyen", type: "HTX", sector: "AGRICULTURE", founded: 2010 },
  { province: "thai-nguyen", type: "HTX", sector: "AGRICULTURE", founded: 2024 },
  { province: "thai-nguyen", type: "HTX", sector: "TRADE_SERVICE", founded: 2020, dissolved: 2023 }, // gone by 2024
  { province: "thai-nguyen", type: "HTX", sector: "TRANSPORT", founded: 2025 }, // not yet in 2024
  { province: "thai-nguyen", type: "HTX", sector: "TRANSPORT", founded: 2015, dissolved: 2025 }, // still there at the end of 2024
  { province: "thai-nguyen", type: "THT", sector: "AGRICULTURE", founded: 2012 },
  { province: "thai-nguyen", type: "QTDND", sector: "CREDIT", founded: 2000 },
  { province: "thai-nguyen", type: "LH_HTX", sector: "OTHER", founded: 2019 },
  { province: "bac-kan", type: "HTX", sector: "AGRICULTURE", founded: 2016 },
  { province: "bac-kan", type: "HTX", sector: "INDUSTRY_CRAFT", founded: 2018 },
];

export async function loadFixtures(db: PrismaClient): Promise<void> {
  const { province, indicator } = await db.$transaction((tx) => seedCatalogue(tx));
  for (const r of REPORTS) {
    const status = r.status ?? "APPROVED";
    await db.yearlyReport.create({
      data: {
        provinceId: province(r.province), year: r.year, status, approvedAt: status === "APPROVED" ? new Date() : null,
        values: { create: r.values.map((v) => ({
          indicatorId: indicator(v.code), value: v.value, high: v.high ?? null, qualifier: v.qualifier ?? "EXACT",
          fromYear: v.fromYear ?? r.year, dimension: v.dimension ?? "", includesCreditFunds: v.includesCreditFunds ?? null,
        })) },
      },
    });
  }
  await db.registerUnit.createMany({
    data: UNITS.map((u, n) => ({ provinceId: province(u.province), type: u.type, sector: u.sector, name: `Đơn vị ${n}`, foundedYear: u.founded, dissolvedYear: u.dissolved ?? null })),
  });
  const term = (slug: string, startYear: number, endYear: number) =>
    db.term.create({ data: { provinceId: province(slug), startYear, endYear, label: `Nhiệm kỳ ${startYear}–${endYear}` } });
  await term("thai-nguyen", 2013, 2018);
  const tn = await term("thai-nguyen", 2018, 2023);
  await db.target.createMany({
    data: [
      { termId: tn.id, indicatorId: indicator("coops_new"), kind: "ANNUAL", min: 30, max: 35 },
      { termId: tn.id, indicatorId: indicator("unions_new"), kind: "TERM_TOTAL", min: 3 },
    ],
  });
  const hb = await term("hoa-binh", 2020, 2025);
  await db.target.create({ data: { termId: hb.id, indicatorId: indicator("coops_total"), kind: "END_LEVEL", min: 500 } });
  // A term whose congress met in the year assessed has no result yet: the term before it is still shown.
  await term("thai-nguyen", 2024, 2029);
  // A term that starts after the year assessed is not yet anyone's current term.
  await term("phu-tho", 2025, 2030);
}
