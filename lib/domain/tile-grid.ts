// Where each province sits on the tile map of Vietnam (/ban-do, decision 0034): one tile per province on a grid
// that keeps the country's shape, north at the top, the S-curve bulging east in the centre and back west in the
// Mekong delta. Two sets: the 63 provinces before 1 July 2025 and today's 34 (a merged province sits near the
// middle of the provinces it was made of). Hand-placed, not projected: no map data needed. Pure data.

export interface TilePosition {
  row: number;
  col: number;
}

export type TileSet = "63" | "34";

/** A short label that fits a tile ("HN", "HCM"); the full name is the tile's accessible name. */
export const TILE_LABEL: Record<string, string> = {
  "ha-noi": "HN", "ha-giang": "HG", "cao-bang": "CB", "bac-kan": "BK", "tuyen-quang": "TQ", "lao-cai": "LC",
  "dien-bien": "ĐB", "lai-chau": "LCh", "son-la": "SL", "yen-bai": "YB", "hoa-binh": "HB", "thai-nguyen": "TN",
  "lang-son": "LS", "quang-ninh": "QNi", "bac-giang": "BG", "phu-tho": "PT", "vinh-phuc": "VP", "bac-ninh": "BN",
  "hai-duong": "HD", "hai-phong": "HP", "hung-yen": "HY", "thai-binh": "TB", "ha-nam": "HNa", "nam-dinh": "NĐ",
  "ninh-binh": "NB", "thanh-hoa": "TH", "nghe-an": "NA", "ha-tinh": "HT", "quang-binh": "QB", "quang-tri": "QT",
  hue: "Huế", "da-nang": "ĐNg", "quang-nam": "QNa", "quang-ngai": "QNg", "binh-dinh": "BĐ", "phu-yen": "PY",
  "khanh-hoa": "KH", "ninh-thuan": "NT", "binh-thuan": "BTh", "kon-tum": "KT", "gia-lai": "GL", "dak-lak": "ĐL",
  "dak-nong": "ĐNô", "lam-dong": "LĐ", "binh-phuoc": "BP", "tay-ninh": "TNi", "binh-duong": "BD", "dong-nai": "ĐNa",
  "ba-ria-vung-tau": "VT", "tp-ho-chi-minh": "HCM", "long-an": "LA", "tien-giang": "TG", "ben-tre": "BTr",
  "tra-vinh": "TV", "vinh-long": "VL", "dong-thap": "ĐT", "an-giang": "AG", "kien-giang": "KG", "can-tho": "CT",
  "hau-giang": "HGi", "soc-trang": "ST", "bac-lieu": "BL", "ca-mau": "CM",
};

/** Rows of the 63: each row lists [column, slug] from west to east. 23 rows × 7 columns. */
const ROWS_63: [number, string][][] = [
  [[1, "lai-chau"], [2, "lao-cai"], [3, "ha-giang"], [4, "cao-bang"]],
  [[0, "dien-bien"], [2, "yen-bai"], [3, "tuyen-quang"], [4, "bac-kan"], [5, "lang-son"]],
  [[1, "son-la"], [2, "phu-tho"], [3, "vinh-phuc"], [4, "thai-nguyen"], [5, "bac-giang"], [6, "quang-ninh"]],
  [[2, "hoa-binh"], [3, "ha-noi"], [4, "bac-ninh"], [5, "hai-duong"], [6, "hai-phong"]],
  [[3, "ha-nam"], [4, "hung-yen"], [5, "thai-binh"]],
  [[2, "thanh-hoa"], [3, "ninh-binh"], [4, "nam-dinh"]],
  [[2, "nghe-an"]],
  [[3, "ha-tinh"]],
  [[4, "quang-binh"]],
  [[4, "quang-tri"]],
  [[5, "hue"]],
  [[6, "da-nang"]],
  [[6, "quang-nam"]],
  [[5, "kon-tum"], [6, "quang-ngai"]],
  [[5, "gia-lai"], [6, "binh-dinh"]],
  [[5, "dak-lak"], [6, "phu-yen"]],
  [[4, "dak-nong"], [5, "lam-dong"], [6, "khanh-hoa"]],
  [[2, "tay-ninh"], [3, "binh-phuoc"], [4, "binh-duong"], [5, "dong-nai"], [6, "ninh-thuan"]],
  [[2, "long-an"], [3, "tp-ho-chi-minh"], [4, "ba-ria-vung-tau"], [5, "binh-thuan"]],
  [[0, "an-giang"], [1, "dong-thap"], [2, "tien-giang"], [3, "ben-tre"]],
  [[0, "kien-giang"], [1, "can-tho"], [2, "vinh-long"], [3, "tra-vinh"]],
  [[1, "hau-giang"], [2, "soc-trang"]],
  [[0, "ca-mau"], [1, "bac-lieu"]],
];

/** Rows of today's 34, the same way. 16 rows × 6 columns. */
const ROWS_34: [number, string][][] = [
  [[1, "lai-chau"], [2, "lao-cai"], [3, "tuyen-quang"], [4, "cao-bang"]],
  [[0, "dien-bien"], [1, "son-la"], [2, "phu-tho"], [3, "thai-nguyen"], [4, "lang-son"], [5, "quang-ninh"]],
  [[2, "ha-noi"], [3, "bac-ninh"], [4, "hai-phong"]],
  [[1, "thanh-hoa"], [2, "ninh-binh"], [3, "hung-yen"]],
  [[2, "nghe-an"]],
  [[3, "ha-tinh"]],
  [[4, "quang-tri"]],
  [[4, "hue"]],
  [[5, "da-nang"]],
  [[5, "quang-ngai"]],
  [[5, "gia-lai"]],
  [[5, "dak-lak"]],
  [[3, "dong-nai"], [4, "lam-dong"], [5, "khanh-hoa"]],
  [[2, "tay-ninh"], [3, "tp-ho-chi-minh"]],
  [[0, "an-giang"], [1, "dong-thap"], [2, "vinh-long"]],
  [[0, "ca-mau"], [1, "can-tho"]],
];

function positions(rows: [number, string][][]): Map<string, TilePosition> {
  return new Map(rows.flatMap((cells, row) => cells.map(([col, slug]): [string, TilePosition] => [slug, { row, col }])));
}

export const TILE_GRID: Record<TileSet, Map<string, TilePosition>> = { "63": positions(ROWS_63), "34": positions(ROWS_34) };

/** The grid's size, for laying it out: rows and columns of a set. */
export function gridSize(set: TileSet): { rows: number; cols: number } {
  const cells = [...TILE_GRID[set].values()];
  return { rows: Math.max(...cells.map((c) => c.row)) + 1, cols: Math.max(...cells.map((c) => c.col)) + 1 };
}
