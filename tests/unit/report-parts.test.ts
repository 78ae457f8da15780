// A part never exceeds its whole (decision 0042): each part against the nearest whole the report holds, the
// four ratings together against the HTX rated (else the HTX operating), new HTX against the year-end total
// plus the HTX closed in the year, and "trên …" wholes that have no largest value.
import { describe, expect, it } from "vitest";
import { INDICATORS } from "@/prisma/seed/indicators";
import { checkReportValues, reportFieldError, saveDraftBody } from "@/lib/validation/report-values";
import { errorWords } from "@/lib/i18n/errors";

const catalogue = INDICATORS.map((i) => ({ code: i.code, unit: i.unit, kind: i.kind, partOfCode: i.partOfCode ?? null }));
const parse = (values: unknown) => saveDraftBody.parse({ version: 1, values }).values;
const problems = (values: unknown) => checkReportValues(parse(values), catalogue).map((p) => `${p.field}:${p.code}${p.other ? `>${p.other}` : ""}`);
const names = new Map(INDICATORS.map((i) => [i.code, { vi: i.nameVi, en: i.nameEn }]));
const words = (values: unknown) => checkReportValues(parse(values), catalogue).map((p) => errorWords("vi").field(reportFieldError(p, (c) => names.get(c)!)));

const ratings = { coops_rated_good: 20, coops_rated_fair: 40, coops_rated_average: 25, coops_rated_weak: 10 };

describe("parts and wholes of the official set", () => {
  it("accept a consistent report", () => {
    expect(problems({
      coops_total: 120, coops_new: 10, coops_dissolved: 4, coops_bankrupt: 1, members: 5000, members_joined: 300, members_left: 90,
      workers: 900, workers_regular: 600, workers_regular_members: 400, coops_revenue: 250.5, coops_revenue_members: 90, coops_rated: 95, ...ratings,
    })).toEqual([]);
  });
  it("refuse every part above its whole, each naming the whole", () => {
    expect(problems({ workers: 100, workers_regular: 120 })).toEqual(["workers_regular:EXCEEDS_TOTAL>workers"]);
    expect(problems({ workers_regular: 100, workers_regular_members: 101 })).toEqual(["workers_regular_members:EXCEEDS_TOTAL>workers_regular"]);
    expect(problems({ coops_revenue: 10, coops_revenue_members: 10.5 })).toEqual(["coops_revenue_members:EXCEEDS_TOTAL>coops_revenue"]);
    expect(problems({ coops_total: 50, coops_rated: 51 })).toEqual(["coops_rated:EXCEEDS_TOTAL>coops_total"]);
    expect(problems({ coops_rated: 10, coops_rated_good: 11 })).toEqual(["coops_rated_good:EXCEEDS_TOTAL>coops_rated"]);
  });
  it("check a part against the whole above when its own whole is empty", () => {
    expect(problems({ workers: 100, workers_regular_members: 150 })).toEqual(["workers_regular_members:EXCEEDS_TOTAL>workers"]);
    expect(problems({ coops_total: 30, coops_rated_fair: 31 })).toEqual(["coops_rated_fair:EXCEEDS_TOTAL>coops_total"]);
  });
  it("refuse four ratings adding up to more than the HTX rated, or than the HTX operating without it", () => {
    expect(problems({ coops_rated: 94, ...ratings })).toEqual(["coops_rated_weak:PARTS_EXCEED_TOTAL>coops_rated"]);
    expect(problems({ coops_rated: 95, ...ratings })).toEqual([]);
    expect(problems({ coops_total: 80, ...ratings })).toEqual(["coops_rated_weak:PARTS_EXCEED_TOTAL>coops_total"]);
    expect(problems({ coops_total: 80, coops_rated_good: 50, coops_rated_fair: 40 })).toEqual(["coops_rated_fair:PARTS_EXCEED_TOTAL>coops_total"]);
    // "trên 90" HTX rated has no largest value: the sum may be above 90.
    expect(problems({ coops_rated: { value: 90, qualifier: "AT_LEAST" }, ...ratings })).toEqual([]);
  });
  it("let new HTX exceed the year-end total only by the HTX dissolved or bankrupt in the year", () => {
    expect(problems({ coops_total: 5, coops_new: 10 })).toEqual(["coops_new:EXCEEDS_TOTAL>coops_total"]);
    expect(problems({ coops_total: 5, coops_new: 10, coops_dissolved: 3, coops_bankrupt: 2 })).toEqual([]);
    expect(problems({ coops_total: 5, coops_new: 10, coops_dissolved: 3, coops_bankrupt: 1 })).toEqual(["coops_new:EXCEEDS_TOTAL_AND_EXITS>coops_total"]);
  });
  it("say it in Vietnamese, naming the fields", () => {
    expect(words({ workers: 100, workers_regular: 120 })).toEqual(["Không được lớn hơn “Lao động trong HTX”."]);
    expect(words({ coops_rated: 50, coops_rated_good: 30, coops_rated_fair: 30 })).toEqual([
      "Tổng của “trong đó: HTX xếp loại tốt”, “trong đó: HTX xếp loại khá” không được lớn hơn “HTX được đánh giá, xếp loại”.",
    ]);
    expect(words({ coops_total: 5, coops_new: 10, coops_bankrupt: 1 })).toEqual([
      "Không được lớn hơn “HTX đang hoạt động” cộng “HTX phá sản” (số đầu năm không thể âm).",
    ]);
  });
  it("keep whole numbers for counts and persons", () => {
    expect(problems({ coops_bankrupt: 1.5, members_left: 2.5 })).toEqual(["coops_bankrupt:NOT_WHOLE", "members_left:NOT_WHOLE"]);
  });
});
