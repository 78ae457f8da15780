import { describe, expect, it } from "vitest";
import { PROVINCES } from "@/prisma/seed/provinces";
import { parseRegion, REGIONS, REGION_SLUGS, regionOf } from "@/lib/domain/regions";

describe("the six socio-economic regions", () => {
  it("place every one of the 63 provinces, and only them, in exactly one region", () => {
    expect(new Set(REGION_SLUGS).size).toBe(REGION_SLUGS.length);
    expect([...REGION_SLUGS].sort()).toEqual(PROVINCES.map((p) => p.slug).sort());
    for (const p of PROVINCES) expect(regionOf(p.slug), p.slug).not.toBeNull();
  });
  it("have the sizes of Nghị quyết 81/2023/QH15: 14, 11, 14, 5, 6, 13", () => {
    expect(REGIONS.map((r) => REGION_SLUGS.filter((s) => regionOf(s) === r).length)).toEqual([14, 11, 14, 5, 6, 13]);
  });
  it("keep a merged province in the region of the one that continued", () => {
    expect(regionOf("phu-tho")).toBe("mien-nui-phia-bac"); // took in Vĩnh Phúc (Red River delta) and Hòa Bình
    expect(regionOf("tp-ho-chi-minh")).toBe("dong-nam-bo");
    expect(regionOf("lam-dong")).toBe("tay-nguyen");
  });
  it("read only its own keys from an address", () => {
    expect(parseRegion("mekong-delta")).toBeNull();
    expect(parseRegion("tay-nguyen")).toBe("tay-nguyen");
    expect(parseRegion(undefined)).toBeNull();
    expect(regionOf("nowhere")).toBeNull();
  });
});
