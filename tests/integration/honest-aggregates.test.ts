// Issue 9, "Honest aggregates": a national or merged figure inherits its inputs' flags, in the queries the pages
// read and in the API (JSON and CSV); the comparison offers indicators known only as term totals with their terms.
import { describe, expect, it } from "vitest";
import { availablePeriodsWith, comparableIndicatorsWith, compareIndicatorWith } from "@/lib/queries/compare";
import { publicSummaryWith } from "@/lib/queries/summary";
import { call, demoApi } from "@/tests/support/routes";

const loaders = {
  reports: () => import("@/app/api/v1/provinces/[slug]/reports/route"),
  compare: () => import("@/app/api/v1/compare/route"),
};
const api = demoApi(loaders);
const { routes } = api;

const csvRows = async (res: Response) => (await res.text()).replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(","));

describe("national figures inherit their inputs' flags", () => {
  it("the 2024 headlines (all from the unconfirmed article) say so, and members say ambiguous", async () => {
    const s = await publicSummaryWith(api.db, 2025);
    expect(s.year).toBe(2024);
    const card = (code: string) => s.headlines.find((h) => h.indicator.code === code)!.national;
    for (const code of ["coops_total", "members", "avg_income_worker"]) {
      expect(card(code).flags.attribution).toBe("UNCONFIRMED");
      expect(card(code).flags.from.unconfirmed.map((p) => p.slug)).toEqual(["hoa-binh"]);
    }
    expect(card("members").flags).toMatchObject({ ambiguous: true, from: { ambiguous: [{ slug: "hoa-binh" }] } });
    expect(card("coops_total").flags.ambiguous).toBe(false);
  });

  it("a merged province of today inherits the flags of the province it absorbed", async () => {
    const c = (await compareIndicatorWith(api.db, "coops_total", 2024, "today"))!;
    const phuTho = c.units.find((u) => u.members.some((m) => m.slug === "hoa-binh"))!;
    expect(phuTho.flags.attribution).toBe("UNCONFIRMED");
    const thaiBinh2018 = (await compareIndicatorWith(api.db, "unions_total", 2018, "time"))!.national;
    expect(thaiBinh2018.flags).toMatchObject({ derived: true, attribution: "INFERRED", from: { inferred: [{ slug: "thai-binh" }] } });
  });
});

describe("the comparison offers term totals with their terms", () => {
  it("every comparable indicator has at least one year or term, and a term total compares", async () => {
    const codes = (await comparableIndicatorsWith(api.db)).map((i) => i.code);
    const empty = [];
    for (const code of codes) if ((await availablePeriodsWith(api.db, code)).length === 0) empty.push(code);
    expect(empty).toEqual([]);
    expect(await availablePeriodsWith(api.db, "awards")).toEqual([{ from: 2013, to: 2018 }]);
    expect(await availablePeriodsWith(api.db, "coops_new")).toEqual(expect.arrayContaining([{ from: 2024, to: 2024 }, { from: 2018, to: 2018 }, { from: 2013, to: 2018 }]));
    const awards = (await compareIndicatorWith(api.db, "awards", 2018, "time", 2013))!;
    expect(awards.fromYear).toBe(2013);
    expect(awards.national.value).toMatchObject({ low: 1876 });
  });
});

describe("the API carries attribution and inherited flags", () => {
  it("reports: every value names how its province was attributed (JSON and CSV)", async () => {
    const res = await call(routes.reports.GET, "/api/v1/provinces/hoa-binh/reports?from=2024&to=2024", { slug: "hoa-binh" });
    const body = await res.json();
    const members = body.years[0].values.find((v: { indicator: string }) => v.indicator === "members");
    expect(members).toMatchObject({ ambiguous: true, provinceAttribution: "UNCONFIRMED" });
    expect(members.provinceAttributionNote).toMatch(/Đinh Công Sứ/);
    expect(members.noteEn).toMatch(/63 new ones/);
    const rows = await csvRows(await call(routes.reports.GET, "/api/v1/provinces/hoa-binh/reports?format=csv", { slug: "hoa-binh" }));
    const col = rows[0].indexOf("province_attribution");
    expect(col).toBeGreaterThan(0);
    expect(rows.slice(1).every((r) => r[col] === "UNCONFIRMED")).toBe(true);
    const tn = await (await call(routes.reports.GET, "/api/v1/provinces/thai-nguyen/reports?from=2018&to=2018", { slug: "thai-nguyen" })).json();
    expect(tn.years[0].values[0].provinceAttribution).toBe("STATED");
  });

  it("compare: the national total and each unit carry their inherited flags (JSON and CSV)", async () => {
    const res = await call(routes.compare.GET, "/api/v1/compare?indicator=members&year=2024", {});
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.national).toMatchObject({ unit: "toan-quoc", complete: false, flags: { ambiguous: true, attribution: "UNCONFIRMED", provinces: { unconfirmed: ["hoa-binh"], ambiguous: ["hoa-binh"] } } });
    const rows = await csvRows(await call(routes.compare.GET, "/api/v1/compare?indicator=members&year=2024&format=csv", {}));
    const h = rows[0];
    const national = rows.find((r) => r[0] === "toan-quoc")!;
    expect(national[h.indexOf("province_attribution")]).toBe("UNCONFIRMED");
    expect(national[h.indexOf("ambiguous")]).toBe("true");
    expect(national[h.indexOf("unconfirmed_provinces")]).toBe("hoa-binh");
    const term = await (await call(routes.compare.GET, "/api/v1/compare?indicator=awards&year=2018&from=2013&boundaries=time", {})).json();
    expect(term).toMatchObject({ fromYear: 2013, year: 2018, national: { value: { low: 1876 } } });
  });

  it("refuses a bad indicator, year or boundaries with 400 naming it, and 404s an unknown indicator", async () => {
    const status = async (q: string) => (await call(routes.compare.GET, `/api/v1/compare${q}`, {})).status;
    expect(await status("?indicator=<x>&year=2024")).toBe(400);
    expect(await status("?indicator=members&year=abc")).toBe(400);
    expect(await status("?indicator=members&year=2024&boundaries=x")).toBe(400);
    expect(await status("?indicator=members&year=2018&from=2024")).toBe(400);
    expect(await status("?indicator=no_such&year=2024")).toBe(404);
  });
});
