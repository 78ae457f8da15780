// Issue 12's smaller things: the signed-in user in the header, refused pages, required fields, missing years.
export const smallVi = {
  header: {
    account: "Tài khoản đang đăng nhập: {name} — mở trang quản lý",
    logout: "Đăng xuất",
  },
  refused: {
    title: "Không có quyền truy cập",
    back: "Về trang quản lý",
  },
  required: {
    /** After a required field's label; screen readers hear `required` from the input itself. */
    mark: "(bắt buộc)",
    legend: "Ô có dấu * là bắt buộc.",
  },
  years: {
    gaps: "Năm còn thiếu giữa các báo cáo:",
    earlier: "Các năm trước đó chưa có báo cáo ({n})",
  },
};
