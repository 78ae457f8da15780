// Every figure of shared/seed-facts.md, written out again by hand from that file (not imported from the seed),
// so that a slip in prisma/seed/ shows up as a failing test.
type Q = "EXACT" | "AT_LEAST" | "APPROX" | "NEARLY" | "RANGE";
export interface ExpectedValue {
  province: string; year: number; indicator: string; value: number; high?: number; qualifier?: Q;
  dimension?: string; fromYear?: number; derived?: boolean; estimate?: boolean; ambiguous?: boolean; source: string;
}

const tn = (v: Omit<ExpectedValue, "province" | "year" | "source">): ExpectedValue => ({ province: "thai-nguyen", year: 2018, source: "article-001", ...v });
const tb = (v: Omit<ExpectedValue, "province" | "year" | "source">): ExpectedValue => ({ province: "thai-binh", year: 2018, source: "article-000", ...v });
const hg = (v: Omit<ExpectedValue, "province" | "year" | "source">): ExpectedValue => ({ province: "ha-giang", year: 2016, source: "article-002", ...v });
const hb = (v: Omit<ExpectedValue, "province" | "year" | "source">): ExpectedValue => ({ province: "hoa-binh", year: 2024, source: "article-003", ...v });

export const EXPECTED_VALUES: ExpectedValue[] = [
  // 000 — Thái Bình 2018
  tb({ indicator: "coops_new", value: 8 }),
  tb({ indicator: "unions_new", value: 1 }),
  tb({ indicator: "unions_total", value: 1, derived: true }),
  tb({ indicator: "employment_fund_coops", value: 2 }),
  tb({ indicator: "employment_fund_loans", value: 1342 }),
  // 001 — Thái Nguyên, term 2013–2018
  tn({ indicator: "coops_new", value: 208, fromYear: 2013 }),
  tn({ indicator: "groups_new", value: 606, fromYear: 2013 }),
  tn({ indicator: "coops_total", value: 470 }),
  tn({ indicator: "groups_total", value: 7250 }),
  tn({ indicator: "members_workers", value: 200000, qualifier: "AT_LEAST" }),
  tn({ indicator: "coops_effective_pct", value: 80, qualifier: "AT_LEAST" }),
  tn({ indicator: "coops_exemplary", value: 59 }),
  ...([["TP Thái Nguyên", 12], ["TX Phổ Yên", 8], ["Phú Lương", 6], ["Võ Nhai", 6], ["Đồng Hỷ", 6], ["Đại Từ", 10], ["Phú Bình", 7], ["Định Hóa", 3], ["TP Sông Công", 1]] as const)
    .map(([d, n]) => tn({ indicator: "coops_exemplary", dimension: `district:${d}`, value: n })),
  tn({ indicator: "coops_value_chain", dimension: "product:tea", value: 40, qualifier: "AT_LEAST" }),
  tn({ indicator: "coops_value_chain", dimension: "product:livestock", value: 18 }),
  tn({ indicator: "coops_value_chain", dimension: "product:crops", value: 15 }),
  tn({ indicator: "avg_income_worker", dimension: "sector:agriculture", value: 2, high: 4.5, qualifier: "RANGE" }),
  tn({ indicator: "avg_income_worker", dimension: "sector:non-agriculture", value: 3.5, high: 5, qualifier: "RANGE" }),
  tn({ indicator: "avg_income_worker", dimension: "sector:agriculture/exemplary", value: 5, high: 6, qualifier: "RANGE" }),
  tn({ indicator: "avg_income_worker", dimension: "sector:non-agriculture/exemplary", value: 7, high: 8, qualifier: "RANGE" }),
  tn({ indicator: "avg_income_growth", dimension: "sector:agriculture", value: 2.4, fromYear: 2013 }),
  tn({ indicator: "avg_income_growth", dimension: "sector:non-agriculture", value: 2.5, fromYear: 2013 }),
  tn({ indicator: "newrural_communes", value: 79, estimate: true }),
  tn({ indicator: "coops_new_model_effective", value: 145, estimate: true }),
  { province: "thai-nguyen", year: 2013, source: "article-001", indicator: "support_fund", value: 10 },
  tn({ indicator: "support_fund", value: 40, qualifier: "NEARLY" }),
  tn({ indicator: "training_classes", value: 44, qualifier: "AT_LEAST", fromYear: 2013 }),
  tn({ indicator: "training_participants", value: 1500, qualifier: "NEARLY", fromYear: 2013 }),
  tn({ indicator: "awards", value: 1876, fromYear: 2013 }),
  // 002 — Hà Giang, 31/12/2016
  hg({ indicator: "coops_must_convert", value: 460 }),
  hg({ indicator: "coops_converted", value: 183, fromYear: 2013 }),
  hg({ indicator: "coops_dissolved", value: 90, fromYear: 2013 }),
  hg({ indicator: "coops_model_replicated", dimension: "model:thon-chang", value: 29 }),
  // 003 — province not named (Hòa Bình, unconfirmed), 2024
  hb({ indicator: "ktt_orgs_total", value: 694 }),
  hb({ indicator: "coops_total", value: 525 }),
  hb({ indicator: "credit_funds_total", value: 3 }),
  hb({ indicator: "groups_total", value: 166 }),
  hb({ indicator: "coops_new", value: 63 }),
  hb({ indicator: "members", value: 16300, ambiguous: true }),
  hb({ indicator: "workers", value: 29000, qualifier: "AT_LEAST", ambiguous: true }),
  hb({ indicator: "avg_revenue_per_coop", value: 1580, estimate: true }),
  hb({ indicator: "avg_profit_per_coop", value: 174 }),
  hb({ indicator: "avg_income_worker", value: 4.67 }),
  hb({ indicator: "ocop_4star_plus", value: 15 }),
  hb({ indicator: "ocop_3star", value: 103 }),
  hb({ indicator: "coops_certified_pct", value: 32, qualifier: "APPROX" }),
];

export interface ExpectedTarget {
  province: string; term: string; indicator: string; kind: string; min: number; max?: number; year?: number; qualifier?: Q; derived?: boolean;
}
export const EXPECTED_TARGETS: ExpectedTarget[] = [
  { province: "thai-nguyen", term: "2013-2018", indicator: "coops_new", kind: "TERM_TOTAL", min: 120, qualifier: "APPROX", derived: true },
  { province: "thai-nguyen", term: "2013-2018", indicator: "groups_new", kind: "TERM_TOTAL", min: 173, qualifier: "APPROX", derived: true },
  { province: "thai-nguyen", term: "2018-2023", indicator: "groups_new", kind: "ANNUAL", min: 100 },
  { province: "thai-nguyen", term: "2018-2023", indicator: "coops_new", kind: "ANNUAL", min: 30, max: 35 },
  { province: "thai-nguyen", term: "2018-2023", indicator: "coops_new_agri", kind: "ANNUAL", min: 25 },
  { province: "thai-nguyen", term: "2018-2023", indicator: "unions_new", kind: "TERM_TOTAL", min: 3 },
  { province: "thai-nguyen", term: "2018-2023", indicator: "avg_income_worker", kind: "GROWTH", min: 1.5, max: 2 },
  { province: "thai-nguyen", term: "2018-2023", indicator: "managers_university_pct", kind: "END_LEVEL", min: 25 },
  { province: "thai-nguyen", term: "2018-2023", indicator: "managers_college_pct", kind: "END_LEVEL", min: 50 },
  { province: "thai-nguyen", term: "2018-2023", indicator: "newrural_communes_with_coop_pct", kind: "END_LEVEL", min: 100 },
  { province: "thai-binh", term: "2016-2021", indicator: "coops_value_chain_pilot", kind: "ANNUAL", min: 3, year: 2019 },
];

/** Terms: [province, years, congress, years inferred]. */
export const EXPECTED_TERMS: [string, string, string | null, boolean][] = [
  ["thai-nguyen", "2013-2018", "IV", false],
  ["thai-nguyen", "2018-2023", "V", false],
  ["ha-giang", "2013-2018", null, false],
  ["quang-ninh", "2016-2021", "V", true],
  ["thai-binh", "2016-2021", null, true],
  ["hoa-binh", "2020-2025", null, true],
];
