// UI text of a running term's pace and projection (decision 0028), under charts.pace. Vietnamese, the source of truth.
export const paceVi = {
  title: "Hướng tới cuối nhiệm kỳ {years}",
  summary: "Nếu giữ nhịp đến nay (số liệu đã duyệt đến năm {asOf}): {parts}.",
  caption: "Nhịp thực hiện đến nay, nhịp cần đạt và dự báo đến năm {end}",
  columns: { soFar: "Nhịp đến nay", needed: "Nhịp cần đạt", projection: "Dự báo năm {end}", status: "Hướng tới" },
  perYear: "{value}/năm",
  fromNow: "các năm còn lại: {value}/năm",
  points: "{value} điểm %",
  status: {
    ACHIEVED: "Đã đạt mục tiêu",
    ON_TRACK: "Đúng hướng",
    ACCELERATION_NEEDED: "Cần tăng tốc",
    LIMITED_PROGRESS: "Tiến bộ hạn chế",
    DETERIORATION: "Đi lùi",
    INCONCLUSIVE: "Chưa kết luận được",
    NO_DATA: "Chưa tính được",
  },
  between: "từ “{worst}” đến “{best}”",
  reason: {
    NO_FIGURES: "chưa có số liệu năm nào sau đại hội",
    NO_BASELINE: "thiếu mức xuất phát để so sánh",
    LOWER_BOUND: "có số liệu chỉ là mức tối thiểu (“trên …”)",
    MISSING_YEARS: "thiếu số liệu của một số năm",
    RANGE: "số liệu là một khoảng",
  },
  method:
    "Cách tính (thang của Open SDG): so nhịp đến nay với nhịp cần giữ từ đầu nhiệm kỳ để đạt mục tiêu đúng hạn; từ 95% trở lên là đúng hướng, 60–95% cần tăng tốc, 0–60% tiến bộ hạn chế, dưới 0 là đi lùi. Dự báo giữ nguyên nhịp đến nay đến hết nhiệm kỳ: {methods}.",
  methods: {
    TOTAL_LINEAR: "chỉ tiêu cộng dồn lấy tổng đến nay chia số năm đã qua",
    YEARLY_AVERAGE: "chỉ tiêu hằng năm lấy bình quân các năm có số liệu",
    LEVEL_LINEAR: "chỉ tiêu cuối kỳ lấy mức tăng bình quân mỗi năm từ năm xuất phát, kéo dài theo đường thẳng",
    COMPOUND_GROWTH: "chỉ tiêu tăng gấp bao nhiêu lần lấy tốc độ tăng bình quân năm (kép) từ năm đại hội",
  },
};
