import { describe, expect, it } from "vitest";
import {
  MERGER_EFFECTIVE_DATE,
  MERGER_LEGAL_BASIS,
  PROVINCES,
  PROVINCE_VALID_FROM,
} from "@/prisma/seed/provinces";
import { slugify } from "@/lib/domain/slug";

/** A province's slug: the one slug rule, with the "TP " prefix dropped except for TP Hồ Chí Minh. */
function provinceSlug(name: string): string {
  return slugify(name.startsWith("TP ") && name !== "TP Hồ Chí Minh" ? name.slice(3) : name);
}

// Survivor slug -> slugs it absorbed on 2025-07-01 (Nghị quyết 202/2025/QH15).
const MERGER_GROUPS: Record<string, string[]> = {
  "tuyen-quang": ["ha-giang"],
  "lao-cai": ["yen-bai"],
  "thai-nguyen": ["bac-kan"],
  "phu-tho": ["vinh-phuc", "hoa-binh"],
  "bac-ninh": ["bac-giang"],
  "hung-yen": ["thai-binh"],
  "hai-phong": ["hai-duong"],
  "ninh-binh": ["ha-nam", "nam-dinh"],
  "quang-tri": ["quang-binh"],
  "da-nang": ["quang-nam"],
  "quang-ngai": ["kon-tum"],
  "gia-lai": ["binh-dinh"],
  "khanh-hoa": ["ninh-thuan"],
  "lam-dong": ["dak-nong", "binh-thuan"],
  "dak-lak": ["phu-yen"],
  "tp-ho-chi-minh": ["binh-duong", "ba-ria-vung-tau"],
  "dong-nai": ["binh-phuoc"],
  "tay-ninh": ["long-an"],
  "can-tho": ["soc-trang", "hau-giang"],
  "vinh-long": ["ben-tre", "tra-vinh"],
  "dong-thap": ["tien-giang"],
  "ca-mau": ["bac-lieu"],
  "an-giang": ["kien-giang"],
};

const UNCHANGED = [
  "ha-noi",
  "hue",
  "lai-chau",
  "dien-bien",
  "son-la",
  "lang-son",
  "quang-ninh",
  "thanh-hoa",
  "nghe-an",
  "ha-tinh",
  "cao-bang",
];

const bySlug = new Map(PROVINCES.map((p) => [p.slug, p]));

function absorbedBy(slug: string): string[] {
  return PROVINCES.filter((p) => p.mergedInto === slug)
    .map((p) => p.slug)
    .sort();
}

describe("province seed data", () => {
  it("exports the merger constants", () => {
    expect(MERGER_EFFECTIVE_DATE).toBe("2025-07-01");
    expect(MERGER_LEGAL_BASIS).toBe("Nghị quyết 202/2025/QH15");
    expect(PROVINCE_VALID_FROM).toBe("2008-08-01");
  });

  it("has 63 rows with unique two-digit codes, ordered by code", () => {
    expect(PROVINCES).toHaveLength(63);
    const codes = PROVINCES.map((p) => p.code);
    expect(new Set(codes).size).toBe(63);
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
    expect(codes).toEqual([...codes].sort());
  });

  it("has 63 unique, well-formed slugs", () => {
    const slugs = PROVINCES.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(63);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("derives each slug from the diacritic-stripped name", () => {
    for (const p of PROVINCES) expect(p.slug, p.name).toBe(provinceSlug(p.name));
  });

  it("spot-checks names, codes and slugs", () => {
    expect(bySlug.get("ha-noi")?.code).toBe("01");
    expect(bySlug.get("hoa-binh")?.name).toBe("Hòa Bình");
    expect(bySlug.get("thanh-hoa")?.name).toBe("Thanh Hóa");
    expect(bySlug.get("khanh-hoa")?.name).toBe("Khánh Hòa");
    expect(bySlug.get("ba-ria-vung-tau")?.code).toBe("77");
    expect(bySlug.get("tp-ho-chi-minh")?.code).toBe("79");
    expect(bySlug.get("thua-thien-hue")).toBeUndefined();
    const hue = bySlug.get("hue");
    expect(hue?.code).toBe("46");
    expect(hue?.name).toBe("Huế");
    expect(hue?.formerName).toBe("Thừa Thiên Huế");
    expect(PROVINCES.filter((p) => p.formerName !== undefined).map((p) => p.slug)).toEqual(["hue"]);
  });

  it("marks exactly the six centrally-run cities", () => {
    const cities = PROVINCES.filter((p) => p.isCity).map((p) => p.slug).sort();
    expect(cities).toEqual(["can-tho", "da-nang", "ha-noi", "hai-phong", "hue", "tp-ho-chi-minh"]);
  });

  it("has 29 absorbed and 34 continuing provinces", () => {
    expect(PROVINCES.filter((p) => p.mergedInto !== undefined)).toHaveLength(29);
    expect(PROVINCES.filter((p) => p.mergedInto === undefined)).toHaveLength(34);
  });

  it("points every mergedInto at a continuing province", () => {
    for (const p of PROVINCES) {
      if (p.mergedInto === undefined) continue;
      const target = bySlug.get(p.mergedInto);
      expect(target, `${p.slug} -> ${p.mergedInto}`).toBeDefined();
      expect(target?.mergedInto, `${p.mergedInto} is itself merged`).toBeUndefined();
      expect(p.mergedInto).not.toBe(p.slug);
    }
  });

  it("matches the merger table group by group", () => {
    for (const [survivor, absorbed] of Object.entries(MERGER_GROUPS)) {
      expect(bySlug.get(survivor)?.mergedInto, survivor).toBeUndefined();
      expect(absorbedBy(survivor), survivor).toEqual([...absorbed].sort());
    }
  });

  it("has 23 survivors that absorb at least one province", () => {
    const survivors = new Set(PROVINCES.flatMap((p) => (p.mergedInto ? [p.mergedInto] : [])));
    expect(survivors.size).toBe(23);
    expect([...survivors].sort()).toEqual(Object.keys(MERGER_GROUPS).sort());
  });

  it("leaves the 11 unchanged provinces untouched", () => {
    for (const slug of UNCHANGED) {
      expect(bySlug.get(slug)?.mergedInto, slug).toBeUndefined();
      expect(absorbedBy(slug), slug).toEqual([]);
    }
    expect(UNCHANGED.length + Object.keys(MERGER_GROUPS).length).toBe(34);
  });
});
