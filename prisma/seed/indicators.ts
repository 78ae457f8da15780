// The indicator catalogue: DESIGN.md's starting list plus what the source articles report.
import type { IndicatorKind, Unit } from "@/lib/generated/prisma/enums";

export interface IndicatorSeed {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: Unit;
  kind: IndicatorKind;
  groupKey: "units" | "people" | "finance" | "quality" | "support";
  baseCode?: string;
  numeratorCode?: string;
  partOfCode?: string;
  descriptionVi?: string;
  descriptionEn?: string;
}

const units: IndicatorSeed[] = [
  { code: "ktt_orgs_total", nameVi: "Tổ chức kinh tế tập thể đang hoạt động", nameEn: "Collective-economy organisations operating", unit: "COUNT", kind: "STOCK", groupKey: "units" },
  { code: "coops_total", nameVi: "HTX đang hoạt động", nameEn: "Cooperatives operating", unit: "COUNT", kind: "STOCK", groupKey: "units" },
  { code: "coops_new", nameVi: "HTX thành lập mới", nameEn: "New cooperatives", unit: "COUNT", kind: "FLOW", groupKey: "units" },
  { code: "coops_new_agri", nameVi: "trong đó: HTX nông nghiệp thành lập mới", nameEn: "of which agricultural", unit: "COUNT", kind: "FLOW", groupKey: "units", partOfCode: "coops_new" },
  { code: "coops_dissolved", nameVi: "HTX giải thể", nameEn: "Cooperatives dissolved", unit: "COUNT", kind: "FLOW", groupKey: "units" },
  {
    code: "coops_bankrupt", nameVi: "HTX phá sản", nameEn: "Cooperatives declared bankrupt", unit: "COUNT", kind: "FLOW", groupKey: "units",
    descriptionVi: "Số HTX bị Tòa án tuyên bố phá sản trong năm; không tính vào số HTX giải thể.",
    descriptionEn: "Cooperatives a court declared bankrupt during the year; not counted among those dissolved.",
  },
  { code: "coops_must_convert", nameVi: "HTX phải chuyển đổi theo Luật HTX 2012", nameEn: "Cooperatives required to convert under the 2012 law", unit: "COUNT", kind: "STOCK", groupKey: "units" },
  { code: "coops_converted", nameVi: "HTX đã chuyển đổi theo Luật HTX 2012", nameEn: "Cooperatives converted under the 2012 law", unit: "COUNT", kind: "FLOW", groupKey: "units" },
  { code: "coops_model_replicated", nameVi: "HTX thành lập theo mô hình điển hình được nhân rộng", nameEn: "Cooperatives set up on a replicated model", unit: "COUNT", kind: "STOCK", groupKey: "units" },
  { code: "unions_total", nameVi: "Liên hiệp HTX đang hoạt động", nameEn: "Cooperative unions operating", unit: "COUNT", kind: "STOCK", groupKey: "units" },
  { code: "unions_new", nameVi: "Liên hiệp HTX thành lập mới", nameEn: "New cooperative unions", unit: "COUNT", kind: "FLOW", groupKey: "units" },
  { code: "groups_total", nameVi: "Tổ hợp tác đang hoạt động", nameEn: "Cooperative groups operating", unit: "COUNT", kind: "STOCK", groupKey: "units" },
  { code: "groups_new", nameVi: "Tổ hợp tác thành lập mới", nameEn: "New cooperative groups", unit: "COUNT", kind: "FLOW", groupKey: "units" },
  { code: "credit_funds_total", nameVi: "Quỹ tín dụng nhân dân", nameEn: "People's credit funds", unit: "COUNT", kind: "STOCK", groupKey: "units" },
];

const people: IndicatorSeed[] = [
  { code: "members", nameVi: "Thành viên HTX", nameEn: "Cooperative members", unit: "PERSONS", kind: "STOCK", groupKey: "people" },
  {
    code: "members_joined", nameVi: "Thành viên mới kết nạp vào HTX", nameEn: "Members who joined cooperatives", unit: "PERSONS", kind: "FLOW", groupKey: "people",
    descriptionVi: "Số thành viên được kết nạp vào các HTX trong năm.", descriptionEn: "Members admitted to the province's cooperatives during the year.",
  },
  {
    code: "members_left", nameVi: "Thành viên ra khỏi HTX", nameEn: "Members who left cooperatives", unit: "PERSONS", kind: "FLOW", groupKey: "people",
    descriptionVi: "Số thành viên chấm dứt tư cách thành viên HTX trong năm.", descriptionEn: "Members whose membership of a cooperative ended during the year.",
  },
  { code: "workers", nameVi: "Lao động trong HTX", nameEn: "Cooperative workers", unit: "PERSONS", kind: "STOCK", groupKey: "people" },
  {
    code: "workers_regular", nameVi: "Lao động thường xuyên trong HTX", nameEn: "Regular workers in cooperatives", unit: "PERSONS", kind: "STOCK", groupKey: "people", partOfCode: "workers",
    descriptionVi: "Người làm việc thường xuyên cho HTX vào cuối năm; là một phần của lao động trong HTX.",
    descriptionEn: "People working regularly for a cooperative at the end of the year; part of the cooperatives' workers.",
  },
  {
    code: "workers_regular_members", nameVi: "trong đó: lao động thường xuyên là thành viên HTX", nameEn: "of which cooperative members", unit: "PERSONS", kind: "STOCK", groupKey: "people", partOfCode: "workers_regular",
    descriptionVi: "Lao động thường xuyên đồng thời là thành viên HTX.", descriptionEn: "Regular workers who are also members of the cooperative.",
  },
  { code: "members_workers", nameVi: "Thành viên và người lao động", nameEn: "Members and workers", unit: "PERSONS", kind: "STOCK", groupKey: "people" },
];

const finance: IndicatorSeed[] = [
  {
    code: "coops_revenue", nameVi: "Tổng doanh thu của HTX", nameEn: "Cooperatives' total revenue", unit: "BILLION_VND", kind: "FLOW", groupKey: "finance",
    descriptionVi: "Tổng doanh thu trong năm của các HTX trong tỉnh.", descriptionEn: "The year's revenue of all the province's cooperatives.",
  },
  {
    code: "coops_revenue_members", nameVi: "trong đó: doanh thu từ cung ứng sản phẩm, dịch vụ cho thành viên", nameEn: "of which from products and services to members", unit: "BILLION_VND", kind: "FLOW", groupKey: "finance", partOfCode: "coops_revenue",
    descriptionVi: "Phần doanh thu của HTX từ giao dịch với thành viên.", descriptionEn: "The part of the cooperatives' revenue from dealings with their members.",
  },
  { code: "avg_revenue_per_coop", nameVi: "Doanh thu bình quân một HTX", nameEn: "Average revenue per cooperative", unit: "MILLION_VND", kind: "AVERAGE", groupKey: "finance", baseCode: "coops_total" },
  { code: "avg_profit_per_coop", nameVi: "Lợi nhuận bình quân một HTX", nameEn: "Average profit per cooperative", unit: "MILLION_VND", kind: "AVERAGE", groupKey: "finance", baseCode: "coops_total" },
  { code: "avg_income_worker", nameVi: "Thu nhập bình quân của thành viên, người lao động", nameEn: "Average income of a member or worker", unit: "MILLION_VND_PER_PERSON_MONTH", kind: "AVERAGE", groupKey: "finance", baseCode: "workers" },
  { code: "avg_income_growth", nameVi: "Thu nhập bình quân so với đầu kỳ", nameEn: "Average income against the start of the period", unit: "TIMES", kind: "RATIO", groupKey: "finance" },
];

// The yearly rating of HTX (schema's Rating: tốt 80–100 points, khá 65–<80, trung bình 50–<65, yếu <50).
const RATING_WORDS = [
  ["good", "tốt", "good", "80–100 điểm", "80–100 points"],
  ["fair", "khá", "fair", "65 đến dưới 80 điểm", "65 to under 80 points"],
  ["average", "trung bình", "average", "50 đến dưới 65 điểm", "50 to under 65 points"],
  ["weak", "yếu", "weak", "dưới 50 điểm", "under 50 points"],
] as const;
const RATINGS: IndicatorSeed[] = [
  {
    code: "coops_rated", nameVi: "HTX được đánh giá, xếp loại", nameEn: "Cooperatives rated", unit: "COUNT", kind: "STOCK", groupKey: "quality", partOfCode: "coops_total",
    descriptionVi: "Số HTX được đánh giá, xếp loại trong năm; là một phần của số HTX đang hoạt động.",
    descriptionEn: "Cooperatives rated in the year's assessment; part of the cooperatives operating.",
  },
  ...RATING_WORDS.map(([key, vi, en, pointsVi, pointsEn]): IndicatorSeed => ({
    code: `coops_rated_${key}`, nameVi: `trong đó: HTX xếp loại ${vi}`, nameEn: `of which rated ${en}`, unit: "COUNT", kind: "STOCK", groupKey: "quality", partOfCode: "coops_rated",
    descriptionVi: `HTX được xếp loại ${vi} (${pointsVi}) trong năm.`, descriptionEn: `Cooperatives rated ${en} (${pointsEn}) in the year.`,
  })),
];

const quality: IndicatorSeed[] = [
  { code: "coops_effective_pct", nameVi: "HTX hoạt động hiệu quả", nameEn: "Cooperatives operating effectively", unit: "PERCENT", kind: "SHARE", groupKey: "quality", baseCode: "coops_total" },
  ...RATINGS,
  { code: "coops_exemplary", nameVi: "HTX tiêu biểu", nameEn: "Exemplary cooperatives", unit: "COUNT", kind: "STOCK", groupKey: "quality" },
  { code: "coops_value_chain", nameVi: "HTX tham gia chuỗi giá trị", nameEn: "Cooperatives in value chains", unit: "COUNT", kind: "STOCK", groupKey: "quality" },
  { code: "coops_value_chain_pilot", nameVi: "HTX thí điểm mô hình kiểu mới gắn với chuỗi giá trị", nameEn: "Cooperatives piloting the new value-chain model", unit: "COUNT", kind: "STOCK", groupKey: "quality" },
  { code: "coops_new_model_effective", nameVi: "HTX kiểu mới hoạt động hiệu quả", nameEn: "New-model cooperatives operating effectively", unit: "COUNT", kind: "STOCK", groupKey: "quality" },
  { code: "ocop_3star", nameVi: "Sản phẩm OCOP 3 sao", nameEn: "OCOP products, 3 stars", unit: "COUNT", kind: "STOCK", groupKey: "quality" },
  { code: "ocop_4star_plus", nameVi: "Sản phẩm OCOP từ 4 sao trở lên", nameEn: "OCOP products, 4 stars or more", unit: "COUNT", kind: "STOCK", groupKey: "quality" },
  { code: "coops_certified_pct", nameVi: "HTX có sản phẩm được chứng nhận (VietGAP, GlobalGAP, ATTP, hữu cơ)", nameEn: "Cooperatives with certified products", unit: "PERCENT", kind: "SHARE", groupKey: "quality", baseCode: "coops_total" },
  { code: "managers_university_pct", nameVi: "Cán bộ quản lý HTX có trình độ đại học", nameEn: "Cooperative managers with a university degree", unit: "PERCENT", kind: "SHARE", groupKey: "quality" },
  { code: "managers_college_pct", nameVi: "Cán bộ quản lý HTX có trình độ cao đẳng, trung cấp", nameEn: "Cooperative managers with a college or vocational degree", unit: "PERCENT", kind: "SHARE", groupKey: "quality" },
  { code: "newrural_communes", nameVi: "Xã đạt chuẩn nông thôn mới", nameEn: "Communes meeting the new-rural standard", unit: "COUNT", kind: "STOCK", groupKey: "quality" },
  { code: "newrural_communes_with_coop_pct", nameVi: "Xã nông thôn mới có HTX hoạt động hiệu quả", nameEn: "New-rural communes with an effective cooperative", unit: "PERCENT", kind: "SHARE", groupKey: "quality", baseCode: "newrural_communes" },
];

const support: IndicatorSeed[] = [
  { code: "support_fund", nameVi: "Quỹ hỗ trợ phát triển HTX của tỉnh", nameEn: "Provincial cooperative support fund", unit: "BILLION_VND", kind: "STOCK", groupKey: "support" },
  { code: "employment_fund_coops", nameVi: "HTX được hỗ trợ vay vốn Quỹ quốc gia về việc làm", nameEn: "Cooperatives helped to borrow from the National Employment Fund", unit: "COUNT", kind: "FLOW", groupKey: "support" },
  { code: "employment_fund_loans", nameVi: "Vốn vay Quỹ quốc gia về việc làm", nameEn: "Loans from the National Employment Fund", unit: "MILLION_VND", kind: "FLOW", groupKey: "support" },
  { code: "training_classes", nameVi: "Lớp đào tạo, bồi dưỡng", nameEn: "Training classes", unit: "COUNT", kind: "FLOW", groupKey: "support" },
  { code: "training_participants", nameVi: "Lượt cán bộ được đào tạo, bồi dưỡng", nameEn: "Training participants", unit: "PERSONS", kind: "FLOW", groupKey: "support" },
  { code: "awards", nameVi: "Lượt tập thể, cá nhân được khen thưởng", nameEn: "Awards to collectives and individuals", unit: "COUNT", kind: "FLOW", groupKey: "support" },
];

export const INDICATORS: IndicatorSeed[] = [...units, ...people, ...finance, ...quality, ...support];
