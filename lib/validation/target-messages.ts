// What is wrong with a term or a target, Vietnamese first. {placeholders} are filled by fieldErrorFrom().
import { BOUND_MESSAGES, type BoundProblem } from "../domain/decimal-bounds";
import { COMMON_FIELD_MESSAGES, type MessageTable } from "./field-errors";

export type TargetProblem =
  | BoundProblem | "MALFORMED" | "REQUIRED" | "NOT_NUMBER" | "NOT_YEAR" | "END_NOT_AFTER_START" | "TERM_TOO_LONG" | "TERM_EXISTS" | "BAD_CONGRESS" | "TOO_LONG"
  | "UNKNOWN_INDICATOR" | "UNKNOWN_SOURCE" | "MAX_BELOW_MIN" | "DUPLICATE_TARGET" | "TOTAL_NEEDS_FLOW" | "END_LEVEL_NEEDS_LEVEL"
  | "PERCENT_RANGE" | "NEGATIVE" | "NOT_WHOLE" | "GROWTH_POSITIVE" | "YEAR_ONLY_ANNUAL" | "YEAR_OUTSIDE_TERM";

export const TARGET_MESSAGES: MessageTable<TargetProblem> = {
  ...COMMON_FIELD_MESSAGES,
  ...BOUND_MESSAGES,
  NOT_NUMBER: { vi: "Không đọc được số: viết theo kiểu Việt Nam, vd. 1.342 hoặc 4,67.", en: "Not a number: write e.g. 1,342 or 4.67." },
  END_NOT_AFTER_START: { vi: "Năm cuối nhiệm kỳ phải sau năm đầu.", en: "The term must end after it starts." },
  TERM_TOO_LONG: { vi: "Một nhiệm kỳ dài nhiều nhất 10 năm.", en: "A term lasts at most 10 years." },
  TERM_EXISTS: { vi: "Tỉnh đã có nhiệm kỳ {years}.", en: "The province already has the term {years}." },
  BAD_CONGRESS: { vi: "Số Đại hội viết bằng chữ số La Mã, vd. IV hoặc V.", en: "Write the congress number in Roman numerals, e.g. IV or V." },
  UNKNOWN_INDICATOR: { vi: "Chỉ tiêu này không có trong danh mục.", en: "This indicator is not in the catalogue." },
  UNKNOWN_SOURCE: { vi: "Không có nguồn này.", en: "No such source." },
  MAX_BELOW_MIN: { vi: "Mức tối đa phải lớn hơn hoặc bằng mức tối thiểu.", en: "The maximum must not be below the minimum." },
  DUPLICATE_TARGET: {
    vi: "Nhiệm kỳ này đã có mục tiêu cho chỉ tiêu “{name}”: mỗi chỉ tiêu chỉ một mục tiêu; hãy sửa mục tiêu đã có.",
    en: "This term already has a target for \"{name}\": one target per indicator; edit the existing one.",
  },
  TOTAL_NEEDS_FLOW: {
    vi: "“Tổng cả nhiệm kỳ” chỉ dùng cho chỉ tiêu cộng dồn theo năm (vd. HTX thành lập mới), không cho “{name}”.",
    en: "\"Term total\" applies only to yearly flows (e.g. new HTX), not to \"{name}\".",
  },
  END_LEVEL_NEEDS_LEVEL: {
    vi: "“Mức cuối nhiệm kỳ” chỉ dùng cho chỉ tiêu là mức tại một thời điểm (số đang hoạt động, tỷ lệ, bình quân), không cho “{name}”.",
    en: "\"End level\" applies only to levels (totals, shares, averages), not to \"{name}\".",
  },
  PERCENT_RANGE: { vi: "Tỷ lệ phải nằm trong khoảng 0–100%.", en: "A percentage must lie between 0 and 100." },
  NEGATIVE: { vi: "Không được là số âm.", en: "Cannot be negative." },
  NOT_WHOLE: { vi: "Chỉ tiêu đếm số lượng: phải là số nguyên.", en: "A count: must be a whole number." },
  GROWTH_POSITIVE: { vi: "Mức tăng là số lần so với nhiệm kỳ trước, phải lớn hơn 0 (vd. 1,5).", en: "Growth is a multiple of the previous term, above 0 (e.g. 1.5)." },
  YEAR_ONLY_ANNUAL: { vi: "Chỉ mục tiêu “Hằng năm” mới gắn với một năm.", en: "Only an annual target is set for one year." },
  YEAR_OUTSIDE_TERM: { vi: "Năm phải thuộc nhiệm kỳ: từ {from} đến {to}.", en: "The year must fall within the term: {from} to {to}." },
};
