// Why an uploaded file was refused as a whole, or what is wrong with one of its rows that the register's and
// the report's own messages do not cover. Vietnamese first; {placeholders} filled by fieldErrorFrom().
import type { MessageTable } from "./field-errors";

export type ImportFileProblem =
  | "NO_FILE" | "TOO_LARGE" | "EMPTY_FILE" | "NOT_SPREADSHEET" | "OLD_EXCEL" | "BAD_XLSX" | "NOT_UTF8" | "WRONG_SHEET"
  | "MISSING_HEADERS" | "TOO_MANY_ROWS" | "NO_ROWS" | "REPORT_LOCKED" | "REPORT_SUBMITTED" | "VERSION_CHANGED" | "HAS_PROBLEMS"
  | "UNZIPPED_TOO_LARGE" | "TOO_MANY_STRINGS" | "FORMULA_CELLS";

export const IMPORT_FILE_MESSAGES: MessageTable<ImportFileProblem> = {
  NO_FILE: { vi: "Chưa chọn tệp để tải lên.", en: "No file was chosen." },
  TOO_LARGE: { vi: "Tệp lớn hơn {max} MB: hãy chia thành nhiều tệp nhỏ hơn.", en: "The file is larger than {max} MB: split it into smaller files." },
  EMPTY_FILE: { vi: "Tệp rỗng.", en: "The file is empty." },
  NOT_SPREADSHEET: { vi: "Tệp không phải bảng tính XLSX hay CSV: hãy dùng tệp mẫu.", en: "The file is neither an XLSX nor a CSV spreadsheet: use the template." },
  OLD_EXCEL: { vi: "Tệp .xls (Excel 97–2003) chưa được hỗ trợ: mở bằng Excel rồi lưu lại dạng .xlsx.", en: "Old .xls files are not supported: save it as .xlsx in Excel." },
  BAD_XLSX: { vi: "Không mở được tệp XLSX (tệp hỏng hoặc không phải Excel).", en: "The XLSX file cannot be opened (damaged, or not an Excel file)." },
  NOT_UTF8: { vi: "Tệp CSV phải lưu bằng mã UTF-8 (trong Excel: “CSV UTF-8”).", en: "A CSV file must be saved as UTF-8 (in Excel: \"CSV UTF-8\")." },
  WRONG_SHEET: { vi: "Không tìm thấy trang tính “{sheet}” có các cột của mẫu: tệp này có phải mẫu “{sheet}” không?", en: "No sheet \"{sheet}\" with the template's columns: is this the \"{sheet}\" template?" },
  MISSING_HEADERS: { vi: "Thiếu cột: {columns}. Dòng đầu của trang tính phải là tên các cột như trong tệp mẫu.", en: "Missing columns: {columns}. The sheet's first row must hold the template's column names." },
  TOO_MANY_ROWS: { vi: "Tệp có quá {max} dòng dữ liệu: hãy chia thành nhiều tệp, mỗi tệp tối đa {max} dòng.", en: "The file has more than {max} data rows: split it into files of at most {max} rows." },
  UNZIPPED_TOO_LARGE: { vi: "Tệp XLSX khi giải nén lớn hơn {max} MB: hãy chia thành nhiều tệp nhỏ hơn.", en: "The XLSX file unpacks to more than {max} MB: split it into smaller files." },
  TOO_MANY_STRINGS: { vi: "Tệp XLSX chứa quá nhiều văn bản so với giới hạn của một lần nhập: hãy chia thành nhiều tệp.", en: "The XLSX file holds more text than one import allows: split it into several files." },
  FORMULA_CELLS: {
    vi: "Tệp có {count} ô chứa công thức: hãy thay công thức bằng giá trị (sao chép rồi Dán đặc biệt → Giá trị) và nhập lại; chưa có gì được ghi.",
    en: "The file has {count} cells holding formulas: replace them by their values (copy, then Paste Special → Values) and import again; nothing was written.",
  },
  NO_ROWS: { vi: "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.", en: "The file has no data rows below the header." },
  REPORT_LOCKED: { vi: "Báo cáo năm {year} đã được duyệt và khóa: không nhập được.", en: "The {year} report is approved and locked: it cannot be imported into." },
  REPORT_SUBMITTED: { vi: "Báo cáo năm {year} đang chờ duyệt: chỉ nhập được khi là bản nháp.", en: "The {year} report awaits approval: only a draft can be imported into." },
  VERSION_CHANGED: { vi: "Báo cáo đã được lưu lại sau lần kiểm tra: hãy kiểm tra tệp lần nữa rồi nhập.", en: "The report was saved again after the check: check the file again, then import." },
  HAS_PROBLEMS: { vi: "Tệp còn {count} lỗi: sửa hết rồi nhập lại; chưa có gì được ghi.", en: "The file still has {count} problems: fix them all and import again; nothing was written." },
};

export type ImportRowProblem = "UNKNOWN_INDICATOR" | "DUPLICATE_CODE" | "UNKNOWN_QUALIFIER" | "REQUIRED" | "FORMULA";

export const IMPORT_ROW_MESSAGES: MessageTable<ImportRowProblem> = {
  UNKNOWN_INDICATOR: { vi: "Mã chỉ tiêu “{code}” không có trong danh mục.", en: "The indicator code \"{code}\" is not in the catalogue." },
  DUPLICATE_CODE: { vi: "Mã chỉ tiêu trùng với dòng {row}.", en: "Same indicator code as row {row}." },
  UNKNOWN_QUALIFIER: { vi: "Mức chính xác không hợp lệ: dùng chính xác, trên, xấp xỉ, gần hoặc từ–đến.", en: "Unknown precision: use exact, over, approx, nearly or range." },
  REQUIRED: { vi: "Cần điền ô này.", en: "This cell is required." },
  FORMULA: { vi: "Ô {cell} chứa công thức ({formula}): chỉ nhập giá trị, không nhập công thức.", en: "Cell {cell} holds a formula ({formula}): only values are imported, not formulas." },
};
