// The province index (/tinh), the links to the open-data API, and the page metadata that helps find the pages.
export const findVi = {
  index: {
    title: "Tỉnh, thành phố",
    intro:
      "Mọi tỉnh, thành phố: {current} hiện nay và {all} trước ngày {date}. Tỉnh đã sáp nhập vẫn có trang riêng với số liệu đã báo cáo.",
    introNoMerger: "Mọi tỉnh, thành phố ({current}).",
    searchLabel: "Tìm tỉnh, thành phố",
    searchHint: "Gõ có dấu hay không dấu đều được, ví dụ “bac kan”.",
    searchButton: "Tìm",
    clear: "Xem tất cả",
    results: "{n} kết quả cho “{q}”",
    noResults: "Không có tỉnh, thành phố nào khớp với “{q}”.",
    currentTitle: "{n} tỉnh, thành phố hiện nay",
    formerTitle: "Các tỉnh đã sáp nhập ngày {date}",
    formerNote: "Trước ngày {date} cả nước có {all} tỉnh, thành phố: các tỉnh trên (địa giới trước khi mở rộng) và các tỉnh dưới đây.",
    hasData: "Có số liệu đã duyệt",
    noData: "Chưa có số liệu",
    absorbed: "Từ {date} gồm cả {names}",
    merged: "Đã sáp nhập vào {name} từ {date}",
    city: "Thành phố trực thuộc trung ương",
  },
  api: {
    title: "Số liệu của trang này qua API mở",
    provinces: "Danh sách tỉnh, thành phố",
    reports: "Số liệu theo năm",
    terms: "Các nhiệm kỳ",
    progress: "Mục tiêu và kết quả của nhiệm kỳ",
  },
};
