// Vietnam's six socio-economic regions (Nghị quyết 81/2023/QH15, the national master plan), by province slug:
// the 63 provinces before 1 July 2025. A province merged on that day keeps the slug of the one that continued,
// and with it that province's region (Phú Thọ, which took in Vĩnh Phúc, stays in the northern midlands), so the
// 34 of today are found here too. The database holds no region: this is the one list (the progress board's filter;
// the keys are the address's words, ?vung=tay-nguyen).
export const REGIONS = ["mien-nui-phia-bac", "dong-bang-song-hong", "duyen-hai-mien-trung", "tay-nguyen", "dong-nam-bo", "dong-bang-song-cuu-long"] as const;
export type Region = (typeof REGIONS)[number];

const BY_REGION: Record<Region, string[]> = {
  "mien-nui-phia-bac": [
    "ha-giang", "cao-bang", "bac-kan", "tuyen-quang", "lao-cai", "dien-bien", "lai-chau", "son-la", "yen-bai", "hoa-binh",
    "thai-nguyen", "lang-son", "bac-giang", "phu-tho",
  ],
  "dong-bang-song-hong": ["ha-noi", "vinh-phuc", "bac-ninh", "quang-ninh", "hai-duong", "hai-phong", "hung-yen", "thai-binh", "ha-nam", "nam-dinh", "ninh-binh"],
  "duyen-hai-mien-trung": [
    "thanh-hoa", "nghe-an", "ha-tinh", "quang-binh", "quang-tri", "hue", "da-nang", "quang-nam", "quang-ngai", "binh-dinh",
    "phu-yen", "khanh-hoa", "ninh-thuan", "binh-thuan",
  ],
  "tay-nguyen": ["kon-tum", "gia-lai", "dak-lak", "dak-nong", "lam-dong"],
  "dong-nam-bo": ["binh-phuoc", "tay-ninh", "binh-duong", "dong-nai", "ba-ria-vung-tau", "tp-ho-chi-minh"],
  "dong-bang-song-cuu-long": [
    "long-an", "tien-giang", "ben-tre", "tra-vinh", "vinh-long", "dong-thap", "an-giang", "kien-giang", "can-tho", "hau-giang",
    "soc-trang", "bac-lieu", "ca-mau",
  ],
};

const REGION_OF = new Map<string, Region>(REGIONS.flatMap((r) => BY_REGION[r].map((slug) => [slug, r] as const)));

/** The region of a province, or null for a slug the list does not know (a province added later). */
export function regionOf(slug: string): Region | null {
  return REGION_OF.get(slug) ?? null;
}

/** The slugs the list knows, for its test. */
export const REGION_SLUGS: readonly string[] = [...REGION_OF.keys()];

/** The address's words for a region (?vung=…): the keys themselves, checked. */
export function parseRegion(v: string | null | undefined): Region | null {
  return (REGIONS as readonly string[]).includes(v ?? "") ? (v as Region) : null;
}
