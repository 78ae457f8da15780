import { describe, expect, it } from "vitest";
import { point, toInterval } from "@/lib/domain/interval";
import { rollUp, todaysGroups, unitsForYear, type ProvinceNode } from "@/lib/domain/rollup";

// A fixture of the merger: Thái Nguyên absorbed Bắc Kạn; Phú Thọ absorbed Vĩnh Phúc and Hòa Bình; Hà Nội unchanged.
const provinces: ProvinceNode[] = [
  { slug: "thai-nguyen", mergedInto: null, validUntil: null },
  { slug: "bac-kan", mergedInto: "thai-nguyen", validUntil: "2025-06-30" },
  { slug: "phu-tho", mergedInto: null, validUntil: null },
  { slug: "vinh-phuc", mergedInto: "phu-tho", validUntil: "2025-06-30" },
  { slug: "hoa-binh", mergedInto: "phu-tho", validUntil: "2025-06-30" },
  { slug: "ha-noi", mergedInto: null, validUntil: null },
];

describe("groups and boundaries", () => {
  it("groups today's provinces with those merged into them", () => {
    expect(todaysGroups(provinces)).toEqual(new Map([["thai-nguyen", ["thai-nguyen", "bac-kan"]], ["phu-tho", ["phu-tho", "vinh-phuc", "hoa-binh"]], ["ha-noi", ["ha-noi"]]]));
  });
  it("follows a chain of mergers to the province that exists today", () => {
    const chain: ProvinceNode[] = [{ slug: "a", mergedInto: null, validUntil: null }, { slug: "b", mergedInto: "a", validUntil: "2020-01-01" }, { slug: "c", mergedInto: "b", validUntil: "2010-01-01" }];
    expect(todaysGroups(chain).get("a")).toEqual(["a", "b", "c"]);
  });
  it("shows 2024 in today's 3 provinces or in the 6 of the time", () => {
    expect(unitsForYear(provinces, 2024, "today").get("phu-tho")).toEqual(["phu-tho", "vinh-phuc", "hoa-binh"]);
    expect([...unitsForYear(provinces, 2024, "time").keys()]).toHaveLength(6);
  });
  it("in 2025 only today's provinces existed at year end", () => {
    expect([...unitsForYear(provinces, 2025, "time").keys()].sort()).toEqual(["ha-noi", "phu-tho", "thai-nguyen"]);
    expect(unitsForYear(provinces, 2025, "today").get("thai-nguyen")).toEqual(["thai-nguyen"]);
  });
});

describe("rolling figures up", () => {
  it("adds flows and stocks", () => {
    const r = rollUp("STOCK", [{ province: "thai-nguyen", value: point(470) }, { province: "bac-kan", value: point(120) }]);
    expect(r).toMatchObject({ value: { low: 590, high: 590, approx: false }, complete: true, comparable: true });
  });
  it("keeps a lower bound a lower bound", () => {
    const r = rollUp("STOCK", [{ province: "thai-nguyen", value: toInterval({ qualifier: "AT_LEAST", value: 200_000 }) }, { province: "bac-kan", value: point(50_000) }]);
    expect(r.value).toEqual({ low: 250_000, high: Infinity, approx: false });
  });
  it("with a member missing, a sum is only a lower bound and says who is missing", () => {
    const r = rollUp("FLOW", [{ province: "phu-tho", value: point(30) }, { province: "vinh-phuc", value: null }, { province: "hoa-binh", value: point(63) }]);
    expect(r).toMatchObject({ value: { low: 93, high: Infinity }, complete: false, missing: ["vinh-phuc"], comparable: true });
  });
  it("weights averages by their base", () => {
    const r = rollUp("AVERAGE", [
      { province: "thai-nguyen", value: point(5), base: point(300) },
      { province: "bac-kan", value: point(3), base: point(100) },
    ]);
    expect(r.value!.low).toBeCloseTo(4.5, 10);
    expect(r.comparable).toBe(true);
  });
  it("marks an average not comparable when a member's base is unknown", () => {
    const r = rollUp("AVERAGE", [{ province: "thai-nguyen", value: point(5), base: point(300) }, { province: "bac-kan", value: point(3), base: null }]);
    expect(r).toMatchObject({ value: null, comparable: false, reason: "NO_BASE" });
  });
  it("recomputes a share from its base (an 80% of 470 and a 50% of 130 is 73.5%)", () => {
    const r = rollUp("SHARE", [{ province: "thai-nguyen", value: point(80), base: point(470) }, { province: "bac-kan", value: point(50), base: point(130) }]);
    expect(r.value!.low).toBeCloseTo((0.8 * 470 + 0.5 * 130) / 600 * 100, 10);
  });
  it("an average over part of a merged province is an estimate", () => {
    const r = rollUp("AVERAGE", [{ province: "phu-tho", value: point(5), base: point(100) }, { province: "vinh-phuc", value: null, base: point(80) }, { province: "hoa-binh", value: point(4.67), base: point(525) }]);
    expect(r).toMatchObject({ complete: false, missing: ["vinh-phuc"], comparable: true });
    expect(r.value!.approx).toBe(true);
  });
  it("never combines ratios, but passes a single province's through", () => {
    expect(rollUp("RATIO", [{ province: "a", value: point(2.4) }, { province: "b", value: point(2) }])).toMatchObject({ value: null, comparable: false, reason: "RATIO" });
    expect(rollUp("RATIO", [{ province: "a", value: point(2.4) }]).value).toEqual(point(2.4));
  });
  it("says no data when no member reported", () => {
    expect(rollUp("FLOW", [{ province: "a", value: null }, { province: "b", value: null }])).toMatchObject({ value: null, reason: "NO_DATA", complete: false });
  });
});
