import { describe, expect, it } from "vitest";
import { call, demoApi } from "@/tests/support/routes";

const loaders = {
  provinces: () => import("@/app/api/v1/provinces/route"),
  reports: () => import("@/app/api/v1/provinces/[slug]/reports/route"),
  terms: () => import("@/app/api/v1/provinces/[slug]/terms/route"),
  progress: () => import("@/app/api/v1/provinces/[slug]/terms/[years]/progress/route"),
};
const api = demoApi(loaders);
const { routes } = api;

const progress = (slug: string, years: string, query = "") => call(routes.progress.GET, `/api/v1/provinces/${slug}/terms/${years}/progress${query}`, { slug, years });
const reports = (slug: string, query = "") => call(routes.reports.GET, `/api/v1/provinces/${slug}/reports${query}`, { slug });

describe("GET /api/v1/provinces", () => {
  it("lists the 63 provinces with their validity and successor", async () => {
    const res = await call(routes.provinces.GET, "/api/v1/provinces", {});
    expect(res.status).toBe(200);
    const { provinces } = await res.json();
    expect(provinces).toHaveLength(63);
    expect(provinces.filter((p: { validUntil: string | null }) => p.validUntil === null)).toHaveLength(34);
    expect(provinces.find((p: { slug: string }) => p.slug === "bac-kan")).toMatchObject({ name: "Bắc Kạn", validUntil: "2025-06-30", mergedInto: "thai-nguyen", mergedOn: "2025-07-01" });
  });
  it("answers CSV in UTF-8 with a BOM", async () => {
    const res = await call(routes.provinces.GET, "/api/v1/provinces?format=csv", {});
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n")[0]).toBe("slug,code,name,former_name,valid_from,valid_until,merged_into,merged_on");
    expect(text).toContain("bac-kan,06,Bắc Kạn,,2008-08-01,2025-06-30,thai-nguyen,2025-07-01");
  });
  it("refuses an unknown format with 400 naming the parameter", async () => {
    const res = await call(routes.provinces.GET, "/api/v1/provinces?format=xml", {});
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: "BAD_PARAMETER", parameter: "format" });
  });
});

describe("GET /api/v1/provinces/{slug}/terms/{years}/progress", () => {
  it("answers Thái Nguyên 2013–2018 with 208 new HTX and an achievement of about 1.73", async () => {
    const res = await progress("thai-nguyen", "2013-2018");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.term).toMatchObject({ years: "2013-2018", congress: "IV" });
    const row = body.rows.find((r: { indicator: string }) => r.indicator === "coops_new");
    expect(row).toMatchObject({ unit: "COUNT", target: { kind: "TERM_TOTAL", min: 120, max: null }, result: { value: 208, low: 208, high: 208, qualifier: "EXACT" }, status: "EXCEEDED", approximate: true });
    expect(row.achievement).toBeCloseTo(1.733, 3);
    expect(row.sources.map((s: { key: string }) => s.key)).toEqual(["article-001"]);
    // The sentence the target comes from, and its source, so a reader can check the derivation.
    expect(row.target.source).toBe("article-001");
    expect(row.target.quote).toContain("tăng 73% so với mục tiêu");
    const groups = body.rows.find((r: { indicator: string }) => r.indicator === "groups_new");
    expect(groups.achievement).toBeCloseTo(3.5, 1);
  });
  it("shows a term whose targets have no results as no data, never as zero", async () => {
    const body = await (await progress("thai-nguyen", "2018-2023")).json();
    expect(body.rows).toHaveLength(8);
    for (const r of body.rows) expect(r).toMatchObject({ status: "NO_DATA", achievement: null, result: { value: null } });
  });
  it("answers a term with no targets with no rows", async () => {
    const body = await (await progress("quang-ninh", "2016-2021")).json();
    expect(body.rows).toEqual([]);
    expect(body.term.yearsInferred).toBe(true);
  });
  it("404s an unknown province or term, 400s a malformed one, with JSON errors", async () => {
    expect((await progress("khong-co", "2013-2018")).status).toBe(404);
    const term = await progress("thai-nguyen", "2013-2019");
    expect(term.status).toBe(404);
    expect((await term.json()).error.code).toBe("UNKNOWN_TERM");
    for (const years of ["2013", "2018-2013", "abcd-efgh", "2013-2018-2023"]) {
      const res = await progress("thai-nguyen", years);
      expect(res.status, years).toBe(400);
      expect((await res.json()).error.parameter, years).toBe("years");
    }
    const slug = await progress("Thai Nguyen", "2013-2018");
    expect((await slug.json()).error).toMatchObject({ code: "BAD_PARAMETER", parameter: "slug" });
  });
  it("answers CSV with one row per target", async () => {
    const res = await progress("thai-nguyen", "2013-2018", "?format=csv");
    const lines = (await res.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^coops_new,COUNT,TERM_TOTAL,120,,,208,208,208,EXACT,1\.733/);
  });
});

describe("GET /api/v1/provinces/{slug}/reports and /terms", () => {
  it("gives the approved values by year, with qualifiers and sources", async () => {
    const body = await (await reports("thai-nguyen", "?from=2018&to=2018")).json();
    expect(body.years.map((y: { year: number }) => y.year)).toEqual([2018]);
    const members = body.years[0].values.find((v: { indicator: string }) => v.indicator === "members_workers");
    expect(members).toMatchObject({ qualifier: "AT_LEAST", value: 200000, source: "article-001" });
    const income = body.years[0].values.find((v: { dimension: string; indicator: string }) => v.dimension === "sector:agriculture" && v.indicator === "avg_income_worker");
    expect(income).toMatchObject({ qualifier: "RANGE", value: 2, high: 4.5 });
  });
  it("shows approved figures only", async () => {
    const tn = await api.db.province.findUniqueOrThrow({ where: { slug: "thai-nguyen" } });
    const coopsNew = await api.db.indicator.findUniqueOrThrow({ where: { code: "coops_new" } });
    await api.db.yearlyReport.create({ data: { provinceId: tn.id, year: 2019, status: "DRAFT", values: { create: { indicatorId: coopsNew.id, fromYear: 2019, value: 40 } } } });
    const body = await (await reports("thai-nguyen")).json();
    expect(body.years.map((y: { year: number }) => y.year)).toEqual([2013, 2018]);
    const prog = await (await progress("thai-nguyen", "2018-2023")).json();
    expect(prog.rows.find((r: { indicator: string }) => r.indicator === "coops_new").annual.find((y: { year: number }) => y.year === 2019).status).toBe("NO_DATA");
  });
  it("400s bad years and 404s an unknown province", async () => {
    const bad = await reports("thai-nguyen", "?from=20x");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.parameter).toBe("from");
    const backwards = await reports("thai-nguyen", "?from=2020&to=2010");
    expect((await backwards.json()).error.parameter).toBe("to");
    const unknown = await reports("khong-co");
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("UNKNOWN_PROVINCE");
  });
  it("lists a province's terms by their years", async () => {
    const res = await call(routes.terms.GET, "/api/v1/provinces/thai-nguyen/terms", { slug: "thai-nguyen" });
    const body = await res.json();
    expect(body.terms.map((t: { years: string; targets: number }) => [t.years, t.targets])).toEqual([["2013-2018", 2], ["2018-2023", 8]]);
  });
});
