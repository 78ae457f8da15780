import { describe, expect, it } from "vitest";
import { matches, queryParam, searchText } from "@/app/[locale]/(public)/tinh/search";
import { alternatesFor } from "@/lib/i18n/alternates";
import type { IndexEntry } from "@/lib/queries/province-index";

const entry = (e: Partial<IndexEntry>): IndexEntry => ({
  slug: "x",
  name: "X",
  formerName: null,
  isCity: false,
  mergedInto: null,
  absorbed: [],
  hasData: false,
  terms: [],
  ...e,
});

describe("the province index's search", () => {
  const bacKan = entry({ slug: "bac-kan", name: "Bắc Kạn" });
  const thaiNguyen = entry({ slug: "thai-nguyen", name: "Thái Nguyên", absorbed: [{ slug: "bac-kan", name: "Bắc Kạn", effectiveDate: "2025-07-01" }] });
  const hue = entry({ slug: "hue", name: "Huế", formerName: "Thừa Thiên Huế" });
  const daNang = entry({ slug: "tp-da-nang", name: "TP Đà Nẵng" });

  it("ignores accents and case", () => {
    expect(matches(bacKan, "bac kan")).toBe(true);
    expect(matches(bacKan, "BẮC KẠN")).toBe(true);
    expect(matches(daNang, "da nang")).toBe(true);
    expect(matches(bacKan, "ha giang")).toBe(false);
  });

  it("finds a successor by the provinces it absorbed, and a province by its former name", () => {
    expect(matches(thaiNguyen, "bac kan")).toBe(true);
    expect(matches(hue, "thua thien")).toBe(true);
    expect(searchText(hue)).toContain("thua thien hue");
  });

  it("matches everything on an empty query, and reads ?q= defensively", () => {
    expect(matches(bacKan, "  ")).toBe(true);
    expect(queryParam(undefined)).toBe("");
    expect(queryParam(["bac", "kan"])).toBe("bac");
    expect(queryParam(`  ${"a".repeat(300)}`)).toHaveLength(100);
  });
});

describe("canonical and hreflang alternates", () => {
  it("name the page in its language, both languages, and Vietnamese as x-default", () => {
    expect(alternatesFor("en", "/tinh/thai-nguyen")).toEqual({
      canonical: "/en/tinh/thai-nguyen",
      languages: { vi: "/tinh/thai-nguyen", en: "/en/tinh/thai-nguyen", "x-default": "/tinh/thai-nguyen" },
    });
    expect(alternatesFor("vi", "/")).toEqual({ canonical: "/", languages: { vi: "/", en: "/en", "x-default": "/" } });
  });
});
