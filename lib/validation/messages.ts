// The words for each validation problem, Vietnamese first. {other} is the name of the related indicator,
// {name} the field's own.
import { BOUND_MESSAGES } from "../domain/decimal-bounds";
import type { FieldProblem } from "./report-values";

export const PROBLEM_MESSAGES: Record<FieldProblem["code"], { vi: string; en: string }> = {
  ...BOUND_MESSAGES,
  UNKNOWN_INDICATOR: { vi: "Chỉ tiêu này không có trong danh mục.", en: "This indicator is not in the catalogue." },
  NOT_WHOLE: { vi: "Phải là số nguyên (không có phần thập phân).", en: "Must be a whole number." },
  NEGATIVE: { vi: "Không được là số âm.", en: "Cannot be negative." },
  PERCENT_RANGE: { vi: "Tỷ lệ phải nằm trong khoảng 0–100%.", en: "A percentage must lie between 0 and 100." },
  RANGE_NEEDS_HIGH: { vi: "Khoảng giá trị cần cả số đầu và số cuối.", en: "A range needs both its low and its high end." },
  HIGH_BELOW_LOW: { vi: "Số cuối của khoảng phải lớn hơn hoặc bằng số đầu.", en: "The high end must not be below the low end." },
  HIGH_WITHOUT_RANGE: { vi: "Chỉ khoảng giá trị mới có số cuối.", en: "Only a range has a high end." },
  EXCEEDS_TOTAL: { vi: "Không được lớn hơn “{other}”.", en: "Cannot exceed \"{other}\"." },
};

export function problemMessage(p: FieldProblem, locale: "vi" | "en", nameOf: (code: string) => string): string {
  return PROBLEM_MESSAGES[p.code][locale].replace("{other}", p.other ? nameOf(p.other) : "").replace("{name}", nameOf(p.field));
}
