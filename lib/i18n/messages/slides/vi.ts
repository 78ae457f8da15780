// UI text of a term's presentation (/tinh/{slug}/nhiem-ky/{years}/trinh-chieu, decision 0032). Vietnamese, the
// source of truth for en.ts beside it.
export const slidesVi = {
  present: "Trình chiếu",
  presentHelp: "Mở bản trình chiếu cho cuộc họp: mỗi chỉ tiêu một trang, đi bằng bàn phím.",
  title: "Trình chiếu: {province}, nhiệm kỳ {years}",
  deck: "Các trang trình chiếu",
  controls: "Điều khiển trình chiếu",
  back: "Về trang nhiệm kỳ",
  slideOf: "Trang {n}/{total}",
  previous: "Trang trước",
  next: "Trang sau",
  previousShort: "Trước",
  nextShort: "Sau",
  fullScreen: "Toàn màn hình (F)",
  exit: "Thoát (Esc)",
  keys: "Phím: → ← Space PageDown PageUp Home End; F: toàn màn hình; Esc: thoát.",
  cover: {
    kicker: "Mục tiêu và kết quả",
    approvedOn: "Số liệu đã duyệt đến năm {year} (duyệt lần cuối ngày {date}).",
    noneApproved: "Chưa có số liệu nào của nhiệm kỳ được duyệt.",
    running: "Nhiệm kỳ đang diễn ra: tiến độ tính đến hết năm {year}.",
  },
  summary: {
    title: "Tóm tắt: {n} chỉ tiêu",
    titleOne: "Tóm tắt: 1 chỉ tiêu",
    caption: "Đánh giá từng chỉ tiêu",
    slide: "Trang",
  },
  target: {
    quote: "Câu đặt mục tiêu",
    source: "Nguồn: {title}",
    pace: "Hướng tới cuối nhiệm kỳ",
    table: "Mục tiêu và kết quả: {indicator}",
    basis: "Cách tính",
  },
};
