// Expected failures of a write, each with a code, an HTTP status and words for the user (Vietnamese first).
// Anything else is unexpected: logged, and the user sees a generic message (lib/api/handle.ts).
export type ServiceErrorCode =
  | "NOT_SIGNED_IN" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "LOCKED" | "BAD_STATE" | "PROVINCE_CLOSED" | "SELF_APPROVAL";

const STATUS: Record<ServiceErrorCode, number> = {
  NOT_SIGNED_IN: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 422, CONFLICT: 409, LOCKED: 409, BAD_STATE: 409, PROVINCE_CLOSED: 409, SELF_APPROVAL: 403,
};

export const MESSAGES: Record<ServiceErrorCode, { vi: string; en: string }> = {
  NOT_SIGNED_IN: { vi: "Bạn cần đăng nhập.", en: "Please sign in." },
  FORBIDDEN: { vi: "Bạn không có quyền làm việc này với số liệu của tỉnh này.", en: "You may not do this with this province's figures." },
  NOT_FOUND: { vi: "Không tìm thấy báo cáo hoặc tỉnh này.", en: "No such report or province." },
  INVALID: { vi: "Một số giá trị chưa hợp lệ: xem thông báo ở từng ô.", en: "Some values are not valid: see the message at each field." },
  CONFLICT: { vi: "Báo cáo đã được người khác lưu sau khi bạn mở nó. Số bạn nhập vẫn còn; hãy xem các thay đổi rồi lưu lại.", en: "Someone else saved this report after you opened it. What you typed is kept; review their changes, then save again." },
  LOCKED: { vi: "Báo cáo đã được duyệt và khóa; chỉ quản trị viên mới mở lại được, kèm lý do.", en: "The report is approved and locked; only an administrator can reopen it, with a reason." },
  BAD_STATE: { vi: "Báo cáo không ở trạng thái cho phép việc này.", en: "The report is not in a state that allows this." },
  PROVINCE_CLOSED: { vi: "Tỉnh này đã sáp nhập; báo cáo các năm sau khi sáp nhập thuộc về tỉnh mới.", en: "This province has merged; reports for later years belong to its successor." },
  SELF_APPROVAL: {
    vi: "Người nộp hoặc sửa báo cáo không được tự phê duyệt: cần một người phê duyệt khác của tỉnh (hoặc quản trị viên cho phép phê duyệt một người cho tỉnh này).",
    en: "Whoever submitted or last edited a report may not approve it: another approver of the province must (or an administrator may allow single-person approval for this province).",
  },
};

export class ServiceError extends Error {
  readonly status: number;
  constructor(readonly code: ServiceErrorCode, readonly details?: Record<string, unknown>) {
    super(MESSAGES[code].en);
    this.status = STATUS[code];
  }
}
