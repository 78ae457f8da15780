// Articles 000 (Thái Bình 2018), 002 (Hà Giang 2016), 003 (province not named, 2024: Hòa Bình, unconfirmed)
// and 004 (Quảng Ninh, after Congress V: no figures).
import type { ReportSeed, TermSeed } from "@/prisma/seed/types";

const Q_TB = "Liên minh HTX tỉnh tiếp tục triển khai chương trình phối hợp với các ban, ngành, đoàn thể trong tỉnh xây dựng chương trình phối hợp phát triển KTTT, đã thành lập mới 8 HTX và 1 liên hiệp HTX (là liên hiệp HTX đầu tiên trong toàn tỉnh).";
const Q_TB_LOAN = "Trong năm 2018, 2 HTX được Liên minh HTX tỉnh hỗ trợ vay vốn quỹ quốc gia về việc làm từ kênh của Liên minh HTX Việt Nam 1.342 triệu đồng.";
const Q_HG = "Tính đến 31.12.2016, toàn tỉnh đã chuyển đổi 183 HTX, giải thể tự nguyện 90 HTX trên tổng số 460 HTX phải chuyển đổi theo quy định của Luật HTX năm 2012.";
const HG_CUMULATIVE = "Luỹ kế đến 31/12/2016, kể từ khi Luật HTX 2012 có hiệu lực (1/7/2013); năm bắt đầu là suy luận.";
const Q_HB_ORGS = "Hiện toàn tỉnh có 694 tổ chức KTTT hoạt động, có kết quả sản xuất, kinh doanh ổn định, trong đó có 525 HTX, 3 quỹ tín dụng nhân dân, 166 tổ hợp tác đa dạng về ngành nghề, lĩnh vực.";
const Q_HB_NEW = "Trong năm 2024 thành lập mới 63 HTX, thu hút 16,3 nghìn thành viên và trên 29 nghìn lao động.";
const HB_AMBIGUOUS = "Câu văn có thể hiểu là thành viên/lao động của toàn bộ HTX trong tỉnh, hoặc chỉ của 63 HTX mới thành lập.";
const Q_HB_MONEY = "Doanh thu bình quân ước đạt 1,58 tỷ đồng/HTX, lợi nhuận bình quân 174 triệu đồng/HTX, thu nhập bình quân của lao động thường xuyên đạt 4,67 triệu đồng/người/tháng.";
const Q_HB_OCOP = "Đến nay có 15 sản phẩm OCOP đạt 4 sao trở lên và 103 sản phẩm 3 sao của tổ chức KTTT; khoảng 32% HTX có sản phẩm được chứng nhận VietGAP, GlobalGAP, đủ điều kiện an toàn thực phẩm, hữu cơ.";

export const OTHER_REPORTS: ReportSeed[] = [
  {
    province: "thai-binh", year: 2018, source: "article-000", approvedOn: "2019-01-09",
    values: [
      { indicator: "coops_new", value: 8, quote: Q_TB },
      { indicator: "unions_new", value: 1, quote: Q_TB },
      { indicator: "unions_total", value: 1, derived: true, note: "Suy ra: liên hiệp HTX thành lập năm 2018 là “liên hiệp HTX đầu tiên trong toàn tỉnh”, nên cuối 2018 toàn tỉnh có 1 LH HTX.", quote: Q_TB },
      { indicator: "employment_fund_coops", value: 2, quote: Q_TB_LOAN },
      { indicator: "employment_fund_loans", value: 1342, quote: Q_TB_LOAN },
    ],
  },
  {
    province: "ha-giang", year: 2016, source: "article-002", approvedOn: "2017-02-24",
    values: [
      { indicator: "coops_must_convert", value: 460, quote: Q_HG },
      { indicator: "coops_converted", value: 183, fromYear: 2013, note: HG_CUMULATIVE, quote: Q_HG },
      { indicator: "coops_dissolved", value: 90, fromYear: 2013, note: `Giải thể tự nguyện. ${HG_CUMULATIVE}`, quote: Q_HG },
      { indicator: "coops_model_replicated", value: 29, dimension: "model:thon-chang", note: "Mô hình HTX thôn Chang, xã Việt Lâm.", quote: "Đã thành lập và nhân rộng được 29 HTX theo mô hình HTX thôn Chang, xã Việt Lâm." },
    ],
  },
  {
    province: "hoa-binh", year: 2024, source: "article-003", approvedOn: "2025-01-06",
    values: [
      { indicator: "ktt_orgs_total", value: 694, note: "= 525 HTX + 3 QTDND + 166 THT.", quote: Q_HB_ORGS },
      { indicator: "coops_total", value: 525, includesCreditFunds: false, note: "Nguồn đếm 3 QTDND riêng, không nằm trong 525 HTX.", quote: Q_HB_ORGS },
      { indicator: "credit_funds_total", value: 3, quote: Q_HB_ORGS },
      { indicator: "groups_total", value: 166, quote: Q_HB_ORGS },
      { indicator: "coops_new", value: 63, quote: Q_HB_NEW },
      { indicator: "members", value: 16300, ambiguous: true, note: HB_AMBIGUOUS, quote: Q_HB_NEW },
      { indicator: "workers", value: 29000, qualifier: "AT_LEAST", ambiguous: true, note: HB_AMBIGUOUS, quote: Q_HB_NEW },
      { indicator: "avg_revenue_per_coop", value: 1580, estimate: true, note: "Bài viết “ước đạt 1,58 tỷ đồng/HTX”.", quote: Q_HB_MONEY },
      { indicator: "avg_profit_per_coop", value: 174, quote: Q_HB_MONEY },
      { indicator: "avg_income_worker", value: 4.67, note: "Lao động thường xuyên.", quote: Q_HB_MONEY },
      { indicator: "ocop_4star_plus", value: 15, quote: Q_HB_OCOP },
      { indicator: "ocop_3star", value: 103, quote: Q_HB_OCOP },
      { indicator: "coops_certified_pct", value: 32, qualifier: "APPROX", quote: Q_HB_OCOP },
    ],
  },
];

export const OTHER_TERMS: TermSeed[] = [
  {
    province: "thai-binh", startYear: 2016, endYear: 2021, label: "Nhiệm kỳ 2016–2021 (năm suy luận)", yearsInferred: true, source: "article-000",
    note: "Bài không nêu nhiệm kỳ; năm 2016–2021 là giả định để đặt kết quả 2018 và kế hoạch 2019 vào một nhiệm kỳ. Chưa rõ số thứ tự Đại hội.",
    targets: [
      {
        indicator: "coops_value_chain_pilot", kind: "ANNUAL", year: 2019, min: 3,
        note: "Kế hoạch năm 2019: Đề án HTX kiểu mới gắn với chuỗi giá trị dự kiến triển khai tại 3 HTX (tỏi, rau củ quả, ngao, tôm, cá); thành lập ban chỉ đạo cấp huyện trong quý I/2019.",
        quote: "Đề án “Xây dựng mô hình HTX kiểu mới gắn với chuỗi giá trị sản phẩm, hàng hóa chủ lực, có quy mô và sức lan tỏa” được xây dựng, dự kiến triển khai tại 03 HTX",
      },
    ],
  },
  {
    province: "ha-giang", startYear: 2013, endYear: 2018, label: "Nhiệm kỳ 2013–2018", source: "article-002",
    note: "Bài nêu nhiệm kỳ 2013 - 2018 nhưng không nêu số thứ tự Đại hội và không có chỉ tiêu định lượng.", targets: [],
  },
  {
    province: "hoa-binh", startYear: 2020, endYear: 2025, label: "Nhiệm kỳ 2020–2025 (năm suy luận)", yearsInferred: true, source: "article-003",
    note: "Bài không nêu nhiệm kỳ; năm 2020–2025 là giả định để đặt kết quả năm 2024. Việc gán bài cho tỉnh Hòa Bình cũng chưa được xác nhận.", targets: [],
  },
  {
    province: "quang-ninh", startYear: 2016, endYear: 2021, congress: "V", label: "Đại hội V (năm suy luận 2016–2021)", yearsInferred: true, source: "article-004",
    note: "Bài nói “sau Đại hội Liên minh lần thứ V” (buổi làm việc 25/11, năm 2016 theo ngữ cảnh) nhưng không nêu năm nhiệm kỳ hay chỉ tiêu số. Định hướng: phát triển thêm HTX năm 2017, gắn HTX mới với chương trình OCOP, tinh gọn bộ máy Liên minh.",
    targets: [],
  },
];
