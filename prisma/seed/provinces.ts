// Vietnam's 63 provincial-level units (GSO codes, valid since 2008-08-01) and the
// 2025-07-01 merger into 34 units (Nghị quyết 202/2025/QH15).
//
// Model: a province that gave its name to the merged province continues as the same
// row with the same slug; each absorbed province carries `mergedInto` = survivor's slug.
// Pure data: no imports, no I/O.

export interface ProvinceSeed {
  /** GSO administrative code before 2025, two digits. */
  code: string;
  /** ASCII slug of the Vietnamese name. */
  slug: string;
  /** Vietnamese name today (for a province that ceased in 2025: its name then). */
  name: string;
  /** Only Huế: "Thừa Thiên Huế". */
  formerName?: string;
  /** Centrally-run city. */
  isCity: boolean;
  /** Slug of the province that absorbed it on 2025-07-01; absent for the 34 that continue. */
  mergedInto?: string;
}

export const MERGER_EFFECTIVE_DATE = "2025-07-01";
export const MERGER_LEGAL_BASIS = "Nghị quyết 202/2025/QH15";
/** When today's 63-province map began (Hà Tây merged into Hà Nội). */
export const PROVINCE_VALID_FROM = "2008-08-01";

export const PROVINCES: ProvinceSeed[] = [
  { code: "01", slug: "ha-noi", name: "Hà Nội", isCity: true },
  { code: "02", slug: "ha-giang", name: "Hà Giang", isCity: false, mergedInto: "tuyen-quang" },
  { code: "04", slug: "cao-bang", name: "Cao Bằng", isCity: false },
  { code: "06", slug: "bac-kan", name: "Bắc Kạn", isCity: false, mergedInto: "thai-nguyen" },
  { code: "08", slug: "tuyen-quang", name: "Tuyên Quang", isCity: false },
  { code: "10", slug: "lao-cai", name: "Lào Cai", isCity: false },
  { code: "11", slug: "dien-bien", name: "Điện Biên", isCity: false },
  { code: "12", slug: "lai-chau", name: "Lai Châu", isCity: false },
  { code: "14", slug: "son-la", name: "Sơn La", isCity: false },
  { code: "15", slug: "yen-bai", name: "Yên Bái", isCity: false, mergedInto: "lao-cai" },
  { code: "17", slug: "hoa-binh", name: "Hòa Bình", isCity: false, mergedInto: "phu-tho" },
  { code: "19", slug: "thai-nguyen", name: "Thái Nguyên", isCity: false },
  { code: "20", slug: "lang-son", name: "Lạng Sơn", isCity: false },
  { code: "22", slug: "quang-ninh", name: "Quảng Ninh", isCity: false },
  { code: "24", slug: "bac-giang", name: "Bắc Giang", isCity: false, mergedInto: "bac-ninh" },
  { code: "25", slug: "phu-tho", name: "Phú Thọ", isCity: false },
  { code: "26", slug: "vinh-phuc", name: "Vĩnh Phúc", isCity: false, mergedInto: "phu-tho" },
  { code: "27", slug: "bac-ninh", name: "Bắc Ninh", isCity: false },
  { code: "30", slug: "hai-duong", name: "Hải Dương", isCity: false, mergedInto: "hai-phong" },
  { code: "31", slug: "hai-phong", name: "TP Hải Phòng", isCity: true },
  { code: "33", slug: "hung-yen", name: "Hưng Yên", isCity: false },
  { code: "34", slug: "thai-binh", name: "Thái Bình", isCity: false, mergedInto: "hung-yen" },
  { code: "35", slug: "ha-nam", name: "Hà Nam", isCity: false, mergedInto: "ninh-binh" },
  { code: "36", slug: "nam-dinh", name: "Nam Định", isCity: false, mergedInto: "ninh-binh" },
  { code: "37", slug: "ninh-binh", name: "Ninh Bình", isCity: false },
  { code: "38", slug: "thanh-hoa", name: "Thanh Hóa", isCity: false },
  { code: "40", slug: "nghe-an", name: "Nghệ An", isCity: false },
  { code: "42", slug: "ha-tinh", name: "Hà Tĩnh", isCity: false },
  { code: "44", slug: "quang-binh", name: "Quảng Bình", isCity: false, mergedInto: "quang-tri" },
  { code: "45", slug: "quang-tri", name: "Quảng Trị", isCity: false },
  { code: "46", slug: "hue", name: "Huế", formerName: "Thừa Thiên Huế", isCity: true },
  { code: "48", slug: "da-nang", name: "TP Đà Nẵng", isCity: true },
  { code: "49", slug: "quang-nam", name: "Quảng Nam", isCity: false, mergedInto: "da-nang" },
  { code: "51", slug: "quang-ngai", name: "Quảng Ngãi", isCity: false },
  { code: "52", slug: "binh-dinh", name: "Bình Định", isCity: false, mergedInto: "gia-lai" },
  { code: "54", slug: "phu-yen", name: "Phú Yên", isCity: false, mergedInto: "dak-lak" },
  { code: "56", slug: "khanh-hoa", name: "Khánh Hòa", isCity: false },
  { code: "58", slug: "ninh-thuan", name: "Ninh Thuận", isCity: false, mergedInto: "khanh-hoa" },
  { code: "60", slug: "binh-thuan", name: "Bình Thuận", isCity: false, mergedInto: "lam-dong" },
  { code: "62", slug: "kon-tum", name: "Kon Tum", isCity: false, mergedInto: "quang-ngai" },
  { code: "64", slug: "gia-lai", name: "Gia Lai", isCity: false },
  { code: "66", slug: "dak-lak", name: "Đắk Lắk", isCity: false },
  { code: "67", slug: "dak-nong", name: "Đắk Nông", isCity: false, mergedInto: "lam-dong" },
  { code: "68", slug: "lam-dong", name: "Lâm Đồng", isCity: false },
  { code: "70", slug: "binh-phuoc", name: "Bình Phước", isCity: false, mergedInto: "dong-nai" },
  { code: "72", slug: "tay-ninh", name: "Tây Ninh", isCity: false },
  { code: "74", slug: "binh-duong", name: "Bình Dương", isCity: false, mergedInto: "tp-ho-chi-minh" },
  { code: "75", slug: "dong-nai", name: "Đồng Nai", isCity: false },
  { code: "77", slug: "ba-ria-vung-tau", name: "Bà Rịa – Vũng Tàu", isCity: false, mergedInto: "tp-ho-chi-minh" },
  { code: "79", slug: "tp-ho-chi-minh", name: "TP Hồ Chí Minh", isCity: true },
  { code: "80", slug: "long-an", name: "Long An", isCity: false, mergedInto: "tay-ninh" },
  { code: "82", slug: "tien-giang", name: "Tiền Giang", isCity: false, mergedInto: "dong-thap" },
  { code: "83", slug: "ben-tre", name: "Bến Tre", isCity: false, mergedInto: "vinh-long" },
  { code: "84", slug: "tra-vinh", name: "Trà Vinh", isCity: false, mergedInto: "vinh-long" },
  { code: "86", slug: "vinh-long", name: "Vĩnh Long", isCity: false },
  { code: "87", slug: "dong-thap", name: "Đồng Tháp", isCity: false },
  { code: "89", slug: "an-giang", name: "An Giang", isCity: false },
  { code: "91", slug: "kien-giang", name: "Kiên Giang", isCity: false, mergedInto: "an-giang" },
  { code: "92", slug: "can-tho", name: "TP Cần Thơ", isCity: true },
  { code: "93", slug: "hau-giang", name: "Hậu Giang", isCity: false, mergedInto: "can-tho" },
  { code: "94", slug: "soc-trang", name: "Sóc Trăng", isCity: false, mergedInto: "can-tho" },
  { code: "95", slug: "bac-lieu", name: "Bạc Liêu", isCity: false, mergedInto: "ca-mau" },
  { code: "96", slug: "ca-mau", name: "Cà Mau", isCity: false },
];
