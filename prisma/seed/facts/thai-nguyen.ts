// Article 001: Thái Nguyên, results of Congress IV's term 2013–2018 and the targets of term 2018–2023.
import type { ReportSeed, TermSeed, ValueSeed } from "@/prisma/seed/types";

const S = "article-001";
const Q_NEW = "Đã có 208 HTX được thành lập mới (tăng 73% so với mục tiêu) và 606 Tổ hợp tác được thành lập mới (tăng gấp 3,5 lần so với mục tiêu), do đó, nâng tổng số HTX toàn tỉnh lên 470 HTX và 7.250 tổ hợp tác với trên 200.000 thành viên và người lao động đang hoạt động trên các lĩnh vực.";
const Q_EXEMPLARY = "Cụ thể, thành phố Thái Nguyên: 12 mô hình; Thị xã Phổ Yên: 8 mô hình; Huyện Phú Lương: 6 mô hình; Huyện Võ Nhai: 6 mô hình; Huyện Đồng Hỷ: 6 mô hình; Huyện Đại Từ: 10 mô hình; Huyện Phú Bình: 7 mô hình. Huyện Định Hóa 3 mô hình và thành phố Sông Công: 01 mô hình.";
const Q_CHAIN = "Đến nay, toàn tỉnh đã có trên 40 HTX tham gia chuỗi giá trị sản phẩm chè, 18 HTX tham gia chuỗi giá trị sản phẩm chăn nuôi gà đồi, dê, thỏ, lợn... 15 HTX tham gia các chuỗi sản phẩm trồng trọt, chế biến nông sản khác như: miến, mỳ gạo, rau củ quả, nấm...";
const Q_INCOME = "Trong lĩnh vực nông nghiệp đạt từ 2 đến 4,5 triệu đồng/người/tháng (tăng 2,4 lần so với đầu nhiệm kỳ), trong đó có một số HTX tiêu biểu có thu nhập từ 5 đến 6 triệu đồng/người/tháng; lĩnh vực phi nông nghiệp đạt 3,5 đến 5 triệu đồng/người/tháng (tăng 2,5 lần so với đầu nhiệm kỳ), trong đó có một số HTX tiêu biểu có thu nhập từ 7 đến 8 triệu đồng/người/tháng.";
const Q_RURAL = "Dự kiến hết năm 2018, toàn tỉnh có 79 xã đạt chuẩn nông thôn mới, trong đó có 145 HTX kiểu mới hoạt động hiệu quả (vượt chỉ tiêu đề ra).";
const Q_FUND = "Quỹ hỗ trợ phát triển HTX tỉnh Thái Nguyên có tổng nguồn vốn 10 tỉ đồng năm 2013. Đến nay tăng lên gần 40 tỉ đồng";
const Q_TRAINING = "Trong nhiệm kỳ, Liên minh HTX tỉnh đã tổ chức trên 44 lớp đào tạo, bồi dưỡng nghiệp vụ nâng cao năng lực cho gần 1.500 lượt cán bộ tham dự";
const Q_AWARDS = "Với những kết quả đạt được, trong giai đoạn 2013-2018, toàn Liên minh HTX tỉnh có 1.876 lượt tập thể và cá nhân tiêu biểu vinh dự được Đảng, Nhà nước, các cấp, các ngành biểu dương, khen thưởng.";
const TERM = { fromYear: 2013 };

const districts: [string, number][] = [
  ["TP Thái Nguyên", 12], ["TX Phổ Yên", 8], ["Phú Lương", 6], ["Võ Nhai", 6], ["Đồng Hỷ", 6],
  ["Đại Từ", 10], ["Phú Bình", 7], ["Định Hóa", 3], ["TP Sông Công", 1],
];
const DISTRICT_NOTE = "Đơn vị cấp huyện của thời điểm báo cáo; cấp huyện đã bãi bỏ từ 2025.";

const end2018: ValueSeed[] = [
  { indicator: "coops_new", value: 208, ...TERM, note: "Cả nhiệm kỳ 2013–2018; bài nói “tăng 73% so với mục tiêu”.", quote: Q_NEW },
  { indicator: "groups_new", value: 606, ...TERM, note: "Cả nhiệm kỳ 2013–2018; bài nói “tăng gấp 3,5 lần so với mục tiêu”.", quote: Q_NEW },
  { indicator: "coops_total", value: 470, quote: Q_NEW },
  { indicator: "groups_total", value: 7250, quote: Q_NEW },
  { indicator: "members_workers", value: 200000, qualifier: "AT_LEAST", quote: Q_NEW },
  { indicator: "coops_effective_pct", value: 80, qualifier: "AT_LEAST", quote: "Đến nay, toàn tỉnh có trên 80% số HTX hoạt động hiệu quả về kinh tế và xã hội, trong đó có 59 HTX tiêu biểu trong các ngành nghề, lĩnh vực" },
  { indicator: "coops_exemplary", value: 59, quote: "trong đó có 59 HTX tiêu biểu trong các ngành nghề, lĩnh vực: nông nghiệp, công nghiệp tiểu thủ công nghiệp, vận tải, thương mại dịch vụ, xây dựng, vệ sinh môi trường và Quỹ tín dụng nhân dân." },
  ...districts.map(([d, n]): ValueSeed => ({ indicator: "coops_exemplary", dimension: `district:${d}`, value: n, note: DISTRICT_NOTE, quote: Q_EXEMPLARY })),
  { indicator: "coops_value_chain", dimension: "product:tea", value: 40, qualifier: "AT_LEAST", quote: Q_CHAIN },
  { indicator: "coops_value_chain", dimension: "product:livestock", value: 18, note: "Gà đồi, dê, thỏ, lợn.", quote: Q_CHAIN },
  { indicator: "coops_value_chain", dimension: "product:crops", value: 15, note: "Trồng trọt, chế biến nông sản khác (miến, mỳ gạo, rau củ quả, nấm).", quote: Q_CHAIN },
  { indicator: "avg_income_worker", dimension: "sector:agriculture", value: 2, high: 4.5, qualifier: "RANGE", quote: Q_INCOME },
  { indicator: "avg_income_worker", dimension: "sector:non-agriculture", value: 3.5, high: 5, qualifier: "RANGE", quote: Q_INCOME },
  { indicator: "avg_income_worker", dimension: "sector:agriculture/exemplary", value: 5, high: 6, qualifier: "RANGE", note: "Một số HTX tiêu biểu.", quote: Q_INCOME },
  { indicator: "avg_income_worker", dimension: "sector:non-agriculture/exemplary", value: 7, high: 8, qualifier: "RANGE", note: "Một số HTX tiêu biểu.", quote: Q_INCOME },
  { indicator: "avg_income_growth", dimension: "sector:agriculture", value: 2.4, ...TERM, note: "So với đầu nhiệm kỳ.", quote: Q_INCOME },
  { indicator: "avg_income_growth", dimension: "sector:non-agriculture", value: 2.5, ...TERM, note: "So với đầu nhiệm kỳ.", quote: Q_INCOME },
  { indicator: "newrural_communes", value: 79, estimate: true, note: "Dự kiến đến hết năm 2018.", quote: Q_RURAL },
  { indicator: "coops_new_model_effective", value: 145, estimate: true, note: "Dự kiến đến hết năm 2018; bài nói “vượt chỉ tiêu đề ra” nhưng không nêu chỉ tiêu.", quote: Q_RURAL },
  { indicator: "support_fund", value: 40, qualifier: "NEARLY", quote: Q_FUND },
  { indicator: "training_classes", value: 44, qualifier: "AT_LEAST", ...TERM, quote: Q_TRAINING },
  { indicator: "training_participants", value: 1500, qualifier: "NEARLY", ...TERM, quote: Q_TRAINING },
  { indicator: "awards", value: 1876, ...TERM, quote: Q_AWARDS },
];

export const THAI_NGUYEN_REPORTS: ReportSeed[] = [
  { province: "thai-nguyen", year: 2013, source: S, approvedOn: "2018-12-13", values: [{ indicator: "support_fund", value: 10, quote: Q_FUND }] },
  { province: "thai-nguyen", year: 2018, source: S, approvedOn: "2018-12-13", values: end2018 },
];

const Q_T21 = "2.1. Hàng năm thành lập mới 100 Tổ hợp tác và từ 30-35 HTX trở lên, trong đó có ít nhất 25 HTX trong lĩnh vực nông nghiệp.";
const Q_T26 = "2.6. Đến năm 2023, số cán bộ quản lý HTX, cán bộ chuyên môn nghiệp vụ có trình độ đại học đạt 25% trở lên; trình độ cao đẳng, trung cấp đạt 50% trở lên.";

export const THAI_NGUYEN_TERMS: TermSeed[] = [
  {
    province: "thai-nguyen", startYear: 2013, endYear: 2018, congress: "IV", label: "Đại hội IV, nhiệm kỳ 2013–2018", source: S,
    targets: [
      { indicator: "coops_new", kind: "TERM_TOTAL", min: 120, qualifier: "APPROX", derived: true, note: "Bài không nêu chỉ tiêu; suy ra từ “208 HTX … tăng 73% so với mục tiêu”: 208 ÷ 1,73 ≈ 120.", quote: Q_NEW },
      { indicator: "groups_new", kind: "TERM_TOTAL", min: 173, qualifier: "APPROX", derived: true, note: "Bài không nêu chỉ tiêu; suy ra từ “606 Tổ hợp tác … tăng gấp 3,5 lần so với mục tiêu”: 606 ÷ 3,5 ≈ 173.", quote: Q_NEW },
    ],
  },
  {
    province: "thai-nguyen", startYear: 2018, endYear: 2023, congress: "V", label: "Đại hội V, nhiệm kỳ 2018–2023", source: S,
    note: "Số thứ tự Đại hội (V) suy ra: nhiệm kỳ kế tiếp Đại hội IV.",
    targets: [
      { indicator: "groups_new", kind: "ANNUAL", min: 100, quote: Q_T21 },
      { indicator: "coops_new", kind: "ANNUAL", min: 30, max: 35, note: "“từ 30-35 HTX trở lên”: vượt 35 vẫn là đạt.", quote: Q_T21 },
      { indicator: "coops_new_agri", kind: "ANNUAL", min: 25, quote: Q_T21 },
      { indicator: "unions_new", kind: "TERM_TOTAL", min: 3, quote: "2.3. Xây dựng từ 3 Liên hiệp Hợp tác xã trở lên trong các ngành nghề sản xuất, kinh doanh, chế biến chè, rau, củ, quả, dược liệu, chăn nuôi gia súc gia cầm, thủy sản, phát triển rừng bền vững,…" },
      { indicator: "avg_income_worker", kind: "GROWTH", min: 1.5, max: 2, quote: "2.5. Thu nhập bình quân của thành viên và người lao động tăng từ 1,5 đến 2 lần so với nhiệm kỳ trước." },
      { indicator: "managers_university_pct", kind: "END_LEVEL", min: 25, quote: Q_T26 },
      { indicator: "managers_college_pct", kind: "END_LEVEL", min: 50, quote: Q_T26 },
      { indicator: "newrural_communes_with_coop_pct", kind: "END_LEVEL", min: 100, note: "“Các xã đạt chuẩn nông thôn mới đều có HTX hoạt động hiệu quả”: tất cả, tức 100%.", quote: "2.4. Các xã đạt chuẩn nông thôn mới đều có HTX hoạt động hiệu quả theo đúng quy định của Luật HTX năm 2012 và có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững." },
    ],
  },
];
