// The official indicator set (decision 0042) on a real Postgres: the seed adds it to a database seeded before
// it existed, in the catalogue's order, and changes nothing the second time; the import template lists it;
// the write API takes it under the rules (a part never above its whole, the four ratings within the HTX
// rated), and the open-data API returns it once approved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { reportTemplate } from "@/lib/services/import/templates";
import { INDICATORS } from "@/prisma/seed/indicators";
import { seedDemo } from "@/prisma/seed/index";
import { freshDemoDb, sql } from "@/tests/support/db";
import { makeUser } from "@/tests/support/factories";
import { call, loadRoutes, sessionCookie } from "@/tests/support/routes";
import { upload, xlsx } from "./import-helpers";

const OFFICIAL = [
  "coops_bankrupt", "members_joined", "members_left", "workers_regular", "workers_regular_members", "coops_revenue",
  "coops_revenue_members", "coops_rated", "coops_rated_good", "coops_rated_fair", "coops_rated_average", "coops_rated_weak",
];
const slug = "thai-nguyen";
let db: PrismaClient;
const loaders = {
  write: () => import("@/app/api/v1/provinces/[slug]/reports/[year]/route"),
  reports: () => import("@/app/api/v1/provinces/[slug]/reports/route"),
  importReport: () => import("@/app/api/v1/import/reports/[slug]/[year]/route"),
};
let routes: Awaited<ReturnType<typeof loadRoutes<typeof loaders>>>;
let cookie: string;

beforeAll(async () => {
  db = await freshDemoDb();
  routes = await loadRoutes(loaders);
  cookie = await sessionCookie(await makeUser(db, "PROVINCE_EDITOR", slug));
});
afterAll(() => db.$disconnect());

const order = async () => (await sql<{ code: string }>(`SELECT code FROM "Indicator" ORDER BY "sortOrder", code`)).map((r) => r.code);

describe("the catalogue", () => {
  it("holds the official set: names in both languages, units, kinds and wholes", async () => {
    const rows = await db.indicator.findMany({ where: { code: { in: OFFICIAL } } });
    expect(rows.map((r) => r.code).sort()).toEqual([...OFFICIAL].sort());
    for (const r of rows) expect([r.nameVi, r.nameEn, r.descriptionVi, r.descriptionEn].every(Boolean), r.code).toBe(true);
    const byCode = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(byCode.coops_bankrupt).toMatchObject({ unit: "COUNT", kind: "FLOW", groupKey: "units", partOfCode: null });
    expect(byCode.workers_regular_members).toMatchObject({ unit: "PERSONS", kind: "STOCK", partOfCode: "workers_regular" });
    expect(byCode.workers_regular.partOfCode).toBe("workers");
    expect(byCode.coops_revenue_members.partOfCode).toBe("coops_revenue");
    expect(byCode.coops_rated.partOfCode).toBe("coops_total");
    expect(byCode.coops_rated_weak).toMatchObject({ nameVi: "trong đó: HTX xếp loại yếu", partOfCode: "coops_rated", kind: "STOCK" });
    // No two indicators share a name.
    const names = await sql<{ n: string }>(`SELECT "nameVi" AS n FROM "Indicator" GROUP BY "nameVi" HAVING count(*) > 1`);
    expect(names).toEqual([]);
  });

  it("is added to a database seeded before it existed, in the catalogue's order, and a second seed changes nothing", async () => {
    await sql(`DELETE FROM "Indicator" WHERE code = ANY($1)`, [OFFICIAL]);
    // The old catalogue's order: every indicator one after the other, without the new ones.
    await sql(`UPDATE "Indicator" i SET "sortOrder" = d.n * 10 FROM (SELECT id, row_number() OVER (ORDER BY "sortOrder") AS n FROM "Indicator") d WHERE d.id = i.id`);
    const { created } = await seedDemo(db);
    expect(created.indicators).toBe(OFFICIAL.length);
    expect(created.indicatorOrder).toBeGreaterThan(0);
    expect(await order()).toEqual(INDICATORS.map((i) => i.code));
    const after = await order();
    expect(after.indexOf("coops_bankrupt")).toBe(after.indexOf("coops_dissolved") + 1);
    const again = await seedDemo(db);
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
  });
});

describe("the import template", () => {
  it("has a row for each indicator of the official set, with its Vietnamese name and unit", async () => {
    const file = await reportTemplate(db, "csv", "vi");
    const text = file.body.toString("utf8");
    expect(text).toContain("coops_rated_good,trong đó: HTX xếp loại tốt,");
    expect(text).toContain("coops_revenue_members,");
    for (const code of OFFICIAL) expect(text, code).toMatch(new RegExp(`^${code},`, "m"));
  });
});

describe("the import of a yearly report", () => {
  it("reads the official set's rows and applies its rules, naming the row", async () => {
    const bytes = await xlsx("Báo cáo năm", [["Mã chỉ tiêu", "Tên chỉ tiêu", "Giá trị"], ["coops_total", null, 300], ["coops_rated", null, 200], ["coops_rated_good", null, 150], ["coops_rated_fair", null, 80], ["members_joined", null, "1.200"]]);
    const res = await routes.importReport.POST(upload(`/api/v1/import/reports/${slug}/2006?mode=check`, bytes, "bao-cao.xlsx", { cookie }), { params: Promise.resolve({ slug, year: "2006" }) });
    const r = await res.json();
    expect(r.valid).toBe(5);
    expect(r.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([[5, "PARTS_EXCEED_TOTAL"]]);
  });
});

describe("the APIs", () => {
  const put = (year: number, body: unknown) =>
    call(routes.write.PUT, `/api/v1/provinces/${slug}/reports/${year}`, { slug, year: String(year) }, { method: "PUT", body, headers: { cookie, "content-type": "application/json" } });
  const values = {
    coops_total: 500, coops_dissolved: 12, coops_bankrupt: 2, members: 9000, members_joined: 400, members_left: 150, workers: 6000,
    workers_regular: 4000, workers_regular_members: 2500, coops_revenue: 800.5, coops_revenue_members: 300,
    coops_rated: 400, coops_rated_good: 100, coops_rated_fair: 180, coops_rated_average: 90, coops_rated_weak: 30,
  };

  it("the write API refuses a part above its whole and ratings adding up to more than the HTX rated, naming the fields", async () => {
    const res = await put(2007, { version: 0, values: { ...values, workers_regular_members: 4500, coops_rated_weak: 60 } });
    expect(res.status).toBe(422);
    const fields = (await res.json()).error.fields.map((f: { field: string; message: string }) => [f.field, f.message]);
    expect(fields).toEqual([
      ["workers_regular_members", "Không được lớn hơn “Lao động thường xuyên trong HTX”."],
      ["coops_rated_weak", "Tổng của “trong đó: HTX xếp loại tốt”, “trong đó: HTX xếp loại khá”, “trong đó: HTX xếp loại trung bình”, “trong đó: HTX xếp loại yếu” không được lớn hơn “HTX được đánh giá, xếp loại”."],
    ]);
    // Without the HTX rated, the ratings are checked against the HTX operating.
    const { coops_rated: _, ...unrated } = values;
    const over = await put(2007, { version: 0, values: { ...unrated, coops_rated_good: 300, coops_rated_fair: 250 } });
    expect((await over.json()).error.fields).toEqual([expect.objectContaining({ field: "coops_rated_weak", code: "PARTS_EXCEED_TOTAL", message: expect.stringMatching(/không được lớn hơn “HTX đang hoạt động”\.$/) })]);
  });

  it("the write API saves the set, and the open-data API returns it once approved", async () => {
    const res = await put(2007, { version: 0, values });
    expect(res.status).toBe(200);
    await sql(`UPDATE "YearlyReport" SET status = 'APPROVED', "approvedAt" = now() WHERE year = 2007 AND "provinceId" = (SELECT id FROM "Province" WHERE slug = $1)`, [slug]);
    const open = await call(routes.reports.GET, `/api/v1/provinces/${slug}/reports?from=2007&to=2007`, { slug });
    const year = (await open.json()).years[0];
    const got = Object.fromEntries(year.values.map((v: { indicator: string; value: number }) => [v.indicator, v.value]));
    for (const code of OFFICIAL) expect(got[code], code).toBe(values[code as keyof typeof values]);
  });
});
