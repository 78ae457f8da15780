// The import templates: the data sheet with its Vietnamese headers (for a report, every indicator of the
// catalogue already listed), and a guide sheet saying what each column takes. Contain no one's data.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/domain/types";
import { unitLabel } from "@/lib/domain/qualifiers";
import { MAX_ROWS } from "./limits";
import { RATING_WORDS, REGISTER_COLUMNS, REGISTER_SHEET, SECTOR_WORDS, TYPE_WORDS } from "./register-columns";
import { QUALIFIER_WORDS, REPORT_COLUMNS, REPORT_SHEET } from "./report-columns";
import { outFile, type FileFormat, type OutFile, type SheetData } from "./workbook";

const GUIDE = "Hướng dẫn";
const list = (words: Record<string, string[]>) => Object.values(words).map((w) => w[0]).join("; ");

const REGISTER_HELP: Record<string, string> = {
  name: "Tên đầy đủ của đơn vị. Không trùng tên trong cùng tệp.",
  type: `Một trong: ${list(TYPE_WORDS)}.`,
  sector: `Một trong: ${list(SECTOR_WORDS)}.`,
  commune: "Xã, phường nơi đơn vị đặt trụ sở (không bắt buộc).",
  registrationNo: "Số giấy chứng nhận đăng ký (không bắt buộc).",
  foundedYear: "Năm, 4 chữ số, vd. 2015.",
  dissolvedYear: "Để trống nếu đơn vị còn hoạt động; không trước năm thành lập.",
  members: "Số nguyên; có thể viết 1.342 (dấu chấm ngăn cách hàng nghìn).",
  workers: "Số nguyên; có thể viết 1.342.",
  rating: `Một trong: ${list(RATING_WORDS)} (không bắt buộc).`,
  ratingYear: "Năm xếp loại, cần khi có xếp loại.",
  union: "Tên liên hiệp HTX mà đơn vị là thành viên: đã có trong sổ đăng ký của tỉnh, hoặc là một dòng LH HTX trong cùng tệp.",
};

function guide(columns: { key: string; header: string; required?: boolean }[], help: Record<string, string>, notes: string[]): SheetData {
  return {
    name: GUIDE,
    header: ["Cột", "Bắt buộc", "Cách điền"],
    rows: [...columns.map((c) => [c.header, c.required ? "có" : "", help[c.key] ?? ""]), [], ...notes.map((n) => [n, "", ""])],
    widths: [32, 10, 100],
  };
}

const LIMITS = `Tối đa ${MAX_ROWS.toLocaleString("vi-VN")} dòng và 10 MB mỗi tệp. Tệp CSV lưu dạng UTF-8.`;

export async function registerTemplate(format: FileFormat, locale: Locale): Promise<OutFile> {
  const data: SheetData = { name: REGISTER_SHEET, header: REGISTER_COLUMNS.map((c) => c.header), rows: [], widths: [40, 12, 30, 20, 16, 14, 14, 14, 14, 12, 14, 36] };
  const notes = ["Mỗi dòng của trang “Sổ đăng ký” là một đơn vị; dòng đầu là tên cột, giữ nguyên.", "Nhập thử trước (kiểm tra) sẽ liệt kê mọi dòng lỗi; chỉ khi hết lỗi mới nhập được, và nhập tất cả hoặc không dòng nào.", LIMITS];
  return outFile("mau-so-dang-ky", format, [data, guide(REGISTER_COLUMNS, REGISTER_HELP, notes)], locale);
}

const REPORT_HELP: Record<string, string> = {
  code: "Mã chỉ tiêu trong danh mục; giữ nguyên như trong mẫu.",
  name: "Để đọc cho dễ; không được dùng khi nhập.",
  unit: "Để đọc cho dễ; không được dùng khi nhập.",
  value: "Số liệu; để trống nếu không có (số đã có trong báo cáo được giữ nguyên). Số thập phân viết 4,67; hàng nghìn 1.342.",
  high: "Chỉ khi số liệu là một khoảng (vd. 2–4,5): số cuối của khoảng.",
  qualifier: `Một trong: ${list(QUALIFIER_WORDS)}. Để trống là chính xác (hoặc từ–đến nếu có giá trị cao).`,
};

export async function reportTemplate(db: PrismaClient, format: FileFormat, locale: Locale): Promise<OutFile> {
  const catalogue = await db.indicator.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, nameVi: true, unit: true } });
  const data: SheetData = {
    name: REPORT_SHEET,
    header: REPORT_COLUMNS.map((c) => c.header),
    rows: catalogue.map((i) => [i.code, i.nameVi, unitLabel(i.unit, "vi") || "đơn vị", null, null, null]),
    widths: [28, 60, 24, 16, 24, 16],
  };
  const notes = ["Mỗi dòng là một chỉ tiêu của năm báo cáo, cho cả tỉnh.", "Chỉ nhập được vào báo cáo đang là bản nháp; các kiểm tra như khi nhập trên biểu mẫu đều áp dụng.", LIMITS];
  return outFile("mau-bao-cao-nam", format, [data, guide(REPORT_COLUMNS, REPORT_HELP, notes)], locale);
}
