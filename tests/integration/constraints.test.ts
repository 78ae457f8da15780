import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { emptyDb } from "@/tests/support/db";
import { makeProvince } from "@/tests/support/factories";

let db: PrismaClient;
let provinceId: number;
let otherProvinceId: number;
let indicatorId: number;
let termId: number;
let reportId: number;

beforeAll(async () => {
  db = await emptyDb();
  const day = new Date("2008-08-01");
  provinceId = await makeProvince(db, { code: "19", slug: "thai-nguyen", name: "Thái Nguyên", validFrom: day });
  otherProvinceId = await makeProvince(db, { code: "06", slug: "bac-kan", name: "Bắc Kạn", validFrom: day, validUntil: new Date("2025-06-30") });
  indicatorId = (await db.indicator.create({ data: { code: "coops_new", nameVi: "HTX thành lập mới", nameEn: "New cooperatives", unit: "COUNT", kind: "FLOW", groupKey: "units" } })).id;
  termId = (await db.term.create({ data: { provinceId, startYear: 2013, endYear: 2018, label: "2013–2018" } })).id;
  reportId = (await db.yearlyReport.create({ data: { provinceId, year: 2018 } })).id;
});
afterAll(() => db.$disconnect());

/** The Postgres constraint a rejected write names (Prisma puts it in the error's message or meta). */
async function rejected(write: Promise<unknown>): Promise<string> {
  try {
    await write;
  } catch (e) {
    return String((e as Error).message) + JSON.stringify((e as { meta?: unknown }).meta ?? {});
  }
  throw new Error("the write was accepted");
}

describe("database constraints", () => {
  it("allows one report per province and year", async () => {
    expect(await rejected(db.yearlyReport.create({ data: { provinceId, year: 2018 } }))).toMatch(/Unique constraint|P2002|provinceId/);
    await expect(db.yearlyReport.create({ data: { provinceId: otherProvinceId, year: 2018 } })).resolves.toBeTruthy();
  });

  it("allows one target per term and indicator", async () => {
    await db.target.create({ data: { termId, indicatorId, kind: "TERM_TOTAL", min: 120 } });
    expect(await rejected(db.target.create({ data: { termId, indicatorId, kind: "ANNUAL", min: 30 } }))).toMatch(/Unique constraint|P2002/);
  });

  it("allows one value per report, indicator, breakdown and period", async () => {
    await db.reportValue.create({ data: { reportId, indicatorId, fromYear: 2018, value: 31 } });
    expect(await rejected(db.reportValue.create({ data: { reportId, indicatorId, fromYear: 2018, value: 32 } }))).toMatch(/Unique constraint|P2002/);
    await expect(db.reportValue.create({ data: { reportId, indicatorId, fromYear: 2013, value: 208 } })).resolves.toBeTruthy();
    await expect(db.reportValue.create({ data: { reportId, indicatorId, fromYear: 2018, dimension: "district:Đại Từ", value: 4 } })).resolves.toBeTruthy();
  });

  it("keeps decimals exact", async () => {
    const v = await db.reportValue.create({ data: { reportId, indicatorId, fromYear: 2017, value: "4.67" } });
    expect((await db.reportValue.findUniqueOrThrow({ where: { id: v.id } })).value.toString()).toBe("4.67");
  });

  it("refuses references to rows that do not exist", async () => {
    expect(await rejected(db.yearlyReport.create({ data: { provinceId: 999_999, year: 2019 } }))).toMatch(/Foreign key|P2003|violates/);
  });

  it("refuses a range without its high end, or upside down", async () => {
    expect(await rejected(db.reportValue.create({ data: { reportId, indicatorId, fromYear: 2016, qualifier: "RANGE", value: 2 } }))).toMatch(/ReportValue_range/);
    expect(await rejected(db.reportValue.create({ data: { reportId, indicatorId, fromYear: 2015, qualifier: "RANGE", value: 5, high: 2 } }))).toMatch(/ReportValue_range/);
    expect(await rejected(db.reportValue.create({ data: { reportId, indicatorId, fromYear: 2014, qualifier: "EXACT", value: 5, high: 6 } }))).toMatch(/ReportValue_range/);
  });

  it("refuses a target whose max is below its min, or a single-year target that is not annual", async () => {
    const other = await db.indicator.create({ data: { code: "groups_new", nameVi: "THT mới", nameEn: "New groups", unit: "COUNT", kind: "FLOW", groupKey: "units" } });
    expect(await rejected(db.target.create({ data: { termId, indicatorId: other.id, kind: "ANNUAL", min: 35, max: 30 } }))).toMatch(/Target_min_max/);
    expect(await rejected(db.target.create({ data: { termId, indicatorId: other.id, kind: "TERM_TOTAL", min: 3, year: 2019 } }))).toMatch(/Target_year_only_annual/);
  });

  it("refuses a term that ends before it starts", async () => {
    expect(await rejected(db.term.create({ data: { provinceId, startYear: 2023, endYear: 2018, label: "x" } }))).toMatch(/Term_years/);
  });

  it("ties provincial roles to one province and other roles to none", async () => {
    const base = { name: "x", passwordHash: "x" };
    expect(await rejected(db.user.create({ data: { ...base, email: "e1@x.vn", role: "PROVINCE_EDITOR" } }))).toMatch(/User_province_scope/);
    expect(await rejected(db.user.create({ data: { ...base, email: "e2@x.vn", role: "ADMIN", provinceId } }))).toMatch(/User_province_scope/);
    expect(await rejected(db.user.create({ data: { ...base, email: "E3@x.vn", role: "ADMIN" } }))).toMatch(/User_email_lowercase/);
    await expect(db.user.create({ data: { ...base, email: "e4@x.vn", role: "PROVINCE_APPROVER", provinceId } })).resolves.toBeTruthy();
  });

  it("refuses a register unit dissolved before it was founded", async () => {
    expect(await rejected(db.registerUnit.create({ data: { provinceId, type: "HTX", name: "HTX chè Tân Hương", sector: "AGRICULTURE", foundedYear: 2010, dissolvedYear: 2009 } }))).toMatch(/RegisterUnit_years/);
  });

  it("refuses a merger of a province into itself", async () => {
    expect(await rejected(db.provinceMerge.create({ data: { fromId: provinceId, toId: provinceId, effectiveDate: new Date("2025-07-01"), legalBasis: "x" } }))).toMatch(/ProvinceMerge_not_self/);
  });
});
