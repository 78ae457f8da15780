// The yearly report's file format: one row per indicator of the catalogue, its value, the high end of a range,
// and how exact the value is. The template lists every indicator; an export fills in the values, so it can
// be edited and imported again.
import type { Qualifier } from "@/lib/domain/types";
import type { ColumnSpec } from "./read-table";

export const REPORT_SHEET = "Báo cáo năm";

export type ReportKey = "code" | "name" | "unit" | "value" | "high" | "qualifier";

export const REPORT_COLUMNS: ColumnSpec<ReportKey>[] = [
  { key: "code", header: "Mã chỉ tiêu", aliases: ["Mã"], required: true },
  { key: "name", header: "Tên chỉ tiêu", aliases: ["Chỉ tiêu"] },
  { key: "unit", header: "Đơn vị tính", aliases: ["Đơn vị"] },
  { key: "value", header: "Giá trị", aliases: ["Số liệu", "Giá trị (số đầu nếu là khoảng)"], required: true },
  { key: "high", header: "Giá trị cao (nếu là khoảng)", aliases: ["Số cuối", "Giá trị cao"] },
  { key: "qualifier", header: "Mức chính xác", aliases: ["Độ chính xác"] },
];

// "khoảng" alone is not accepted: in Vietnamese it reads as "about" as often as "from … to".
export const QUALIFIER_WORDS: Record<Qualifier, string[]> = {
  EXACT: ["chính xác"],
  AT_LEAST: ["trên", "tối thiểu", "trở lên"],
  APPROX: ["xấp xỉ"],
  NEARLY: ["gần"],
  RANGE: ["từ–đến", "khoảng từ–đến", "từ - đến"],
};
