// The register's file format: the sheet, its Vietnamese column headers (with the other names people give
// them), and the words accepted for types, sectors and ratings. The template, the import and the export all
// use these, so an exported list can be imported again.
import type { RatingCode, SectorCode, UnitTypeCode } from "@/lib/validation/register-unit";
import { foldName } from "@/lib/domain/search-text";
import type { ColumnSpec } from "./read-table";

export const REGISTER_SHEET = "Sổ đăng ký";

export type RegisterKey =
  | "name" | "type" | "sector" | "commune" | "registrationNo" | "foundedYear" | "dissolvedYear" | "members" | "workers" | "rating" | "ratingYear" | "union";

export const REGISTER_COLUMNS: ColumnSpec<RegisterKey>[] = [
  { key: "name", header: "Tên đơn vị", aliases: ["Tên", "Tên HTX", "Tên tổ chức"], required: true },
  { key: "type", header: "Loại hình", aliases: ["Loại"], required: true },
  { key: "sector", header: "Lĩnh vực", aliases: ["Ngành nghề", "Lĩnh vực hoạt động"], required: true },
  { key: "commune", header: "Xã, phường", aliases: ["Xã/phường", "Xã", "Phường"] },
  { key: "registrationNo", header: "Số đăng ký", aliases: ["Mã số", "Mã số đăng ký", "Số ĐKKD"] },
  { key: "foundedYear", header: "Năm thành lập", required: true },
  { key: "dissolvedYear", header: "Năm giải thể" },
  { key: "members", header: "Số thành viên", aliases: ["Thành viên"] },
  { key: "workers", header: "Số lao động", aliases: ["Lao động"] },
  { key: "rating", header: "Xếp loại" },
  { key: "ratingYear", header: "Năm xếp loại" },
  { key: "union", header: "Thành viên của LH HTX", aliases: ["Liên hiệp HTX", "LH HTX"] },
];

/** The column each field of the unit schema is read from, to put a problem in the right column. */
export const FIELD_COLUMN: Record<string, RegisterKey> = { unionId: "union" };

// The first word of each list is the one written by the export and the template's guide.
export const TYPE_WORDS: Record<UnitTypeCode, string[]> = {
  HTX: ["HTX", "Hợp tác xã"],
  LH_HTX: ["LH HTX", "Liên hiệp HTX", "Liên hiệp hợp tác xã", "LHHTX"],
  THT: ["THT", "Tổ hợp tác"],
  QTDND: ["QTDND", "Quỹ tín dụng nhân dân", "Quỹ TDND"],
};
export const SECTOR_WORDS: Record<SectorCode, string[]> = {
  AGRICULTURE: ["nông nghiệp", "nông, lâm, ngư nghiệp", "nông lâm thủy sản"],
  INDUSTRY_CRAFT: ["công nghiệp – tiểu thủ công nghiệp", "công nghiệp", "tiểu thủ công nghiệp", "CN-TTCN"],
  CONSTRUCTION: ["xây dựng"],
  TRADE_SERVICE: ["thương mại – dịch vụ", "thương mại", "dịch vụ", "TM-DV"],
  TRANSPORT: ["vận tải"],
  ENVIRONMENT: ["môi trường"],
  CREDIT: ["tín dụng"],
  OTHER: ["khác"],
};
export const RATING_WORDS: Record<RatingCode, string[]> = { GOOD: ["tốt"], FAIR: ["khá"], AVERAGE: ["trung bình"], WEAK: ["yếu"] };

const foldWord = (s: string) => foldName(s).replace(/[^a-z0-9]+/g, "");

/** A reader for one vocabulary: the code for a word (its code too: "LH_HTX"), accents and case ignored. */
export function vocabulary<C extends string>(words: Record<C, string[]>): (word: string) => C | null {
  const map = new Map<string, C>();
  for (const [code, list] of Object.entries(words) as [C, string[]][]) for (const w of [code, ...list]) map.set(foldWord(w), code);
  return (word) => map.get(foldWord(word)) ?? null;
}

export const wordOf = <C extends string>(words: Record<C, string[]>, code: C | null) => (code ? words[code][0] : null);
