// What is wrong with a unit of the register (from the form or a row of an imported file), Vietnamese first.
// {placeholders} are filled by fieldErrorFrom().
import { COMMON_FIELD_MESSAGES, type MessageTable } from "./field-errors";

export type RegisterProblem =
  | "MALFORMED" | "REQUIRED" | "NAME_REQUIRED" | "TOO_LONG" | "NOT_YEAR" | "NOT_NUMBER" | "FILE_NOT_NUMBER" | "NOT_WHOLE" | "TOO_BIG"
  | "DISSOLVED_BEFORE_FOUNDED" | "RATING_YEAR_NEEDED" | "RATING_NEEDED" | "RATING_BEFORE_FOUNDED"
  | "UNKNOWN_TYPE" | "UNKNOWN_SECTOR" | "UNKNOWN_RATING"
  | "UNION_NOT_ALLOWED" | "UNKNOWN_UNION" | "UNION_AMBIGUOUS" | "UNION_SELF" | "UNION_HAS_MEMBERS"
  | "DUPLICATE_IN_FILE" | "ALREADY_REGISTERED";

export const REGISTER_MESSAGES: MessageTable<RegisterProblem> = {
  ...COMMON_FIELD_MESSAGES,
  NAME_REQUIRED: { vi: "Cần có tên đơn vị (ít nhất 2 ký tự).", en: "A name is required (at least 2 characters)." },
  NOT_NUMBER: { vi: "Không đọc được số: viết theo kiểu Việt Nam, vd. 1.342 (một nghìn ba trăm bốn mươi hai).", en: "Not a number: write e.g. 1,342." },
  FILE_NOT_NUMBER: {
    vi: "Không đọc được số: trong tệp, số viết kiểu Việt Nam, vd. 1.342 (một nghìn ba trăm bốn mươi hai) hoặc 4,67.",
    en: "Not a number: in files, numbers are written the Vietnamese way, e.g. 1.342 (one thousand three hundred forty-two) or 4,67.",
  },
  NOT_WHOLE: { vi: "Phải là số nguyên không âm.", en: "Must be a whole number, not negative." },
  TOO_BIG: { vi: "Số quá lớn: nhiều nhất 2.147.483.647.", en: "Too large: at most 2,147,483,647." },
  DISSOLVED_BEFORE_FOUNDED: { vi: "Năm giải thể không được trước năm thành lập ({year}).", en: "The year dissolved cannot be before the year founded ({year})." },
  RATING_YEAR_NEEDED: { vi: "Có xếp loại thì cần năm xếp loại.", en: "A rating needs the year it was given." },
  RATING_NEEDED: { vi: "Có năm xếp loại thì cần chọn xếp loại.", en: "A rating year needs a rating." },
  RATING_BEFORE_FOUNDED: { vi: "Năm xếp loại không được trước năm thành lập ({year}).", en: "The rating year cannot be before the year founded ({year})." },
  UNKNOWN_TYPE: { vi: "Loại hình không hợp lệ: dùng HTX, LH HTX, THT hoặc QTDND.", en: "Unknown type: use HTX, LH HTX, THT or QTDND." },
  UNKNOWN_SECTOR: {
    vi: "Lĩnh vực không hợp lệ: dùng nông nghiệp; công nghiệp – tiểu thủ công nghiệp; xây dựng; thương mại – dịch vụ; vận tải; môi trường; tín dụng; khác.",
    en: "Unknown sector: use agriculture; industry – crafts; construction; trade – services; transport; environment; credit; other.",
  },
  UNKNOWN_RATING: { vi: "Xếp loại không hợp lệ: dùng tốt, khá, trung bình hoặc yếu.", en: "Unknown rating: use good, fair, average or weak." },
  UNION_NOT_ALLOWED: { vi: "Chỉ HTX và QTDND mới là thành viên của liên hiệp HTX.", en: "Only HTX and QTDND can be members of a cooperative union." },
  UNKNOWN_UNION: { vi: "Không có liên hiệp HTX “{name}” trong sổ đăng ký của tỉnh.", en: "No cooperative union \"{name}\" in this province's register." },
  UNION_AMBIGUOUS: { vi: "Có nhiều liên hiệp HTX tên “{name}”: hãy chọn trong sổ đăng ký.", en: "Several cooperative unions are called \"{name}\": pick one in the register." },
  UNION_SELF: { vi: "Một đơn vị không thể là thành viên của chính nó.", en: "A unit cannot be a member of itself." },
  UNION_HAS_MEMBERS: { vi: "Liên hiệp này còn {count} thành viên: không đổi được loại hình.", en: "This union still has {count} members: its type cannot change." },
  DUPLICATE_IN_FILE: { vi: "Trùng tên với dòng {row} trong cùng tệp.", en: "Same name as row {row} of this file." },
  ALREADY_REGISTERED: { vi: "Đã có trong sổ đăng ký (cùng tên, loại hình và xã).", en: "Already in the register (same name, type and commune)." },
};
