// One province's yearly figures, 2010–2025, simulated from its traits. The stock/flow identities hold by
// construction (coops_total_t = coops_total_{t-1} + coops_new − coops_dissolved; coops_new_agri ≤ coops_new),
// and the national schedule below lands the country near 33,000 HTX, 70,000 THT, 300 LH HTX and 1,200 QTDND
// in 2025 (× scale), roughly as DESIGN.md's "Scale to plan for" describes Vietnam.
import type { Rng } from "./random";
import type { OFFICIAL_CODES } from "./official";

export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2025;

export const CORE_CODES = [
  "coops_total", "coops_new", "coops_new_agri", "coops_dissolved", "unions_total", "unions_new", "groups_total",
  "groups_new", "credit_funds_total", "members", "workers", "avg_revenue_per_coop", "avg_profit_per_coop",
  "avg_income_worker", "coops_effective_pct",
] as const;
/** Reported only in some years: conversions under the 2012 law (2013–2016), OCOP products (from 2019). */
export const EXTRA_CODES = ["coops_converted", "ocop_3star", "ocop_4star_plus"] as const;
export type CoreCode = (typeof CORE_CODES)[number];
export type Code = CoreCode | (typeof EXTRA_CODES)[number] | (typeof OFFICIAL_CODES)[number];
export type Figures = Record<CoreCode, number> & Partial<Record<Code, number>>;

/** What makes one province unlike another; drawn once per province. */
export interface Traits {
  /** Its share of the country (sums to 1 over the 63). */
  weight: number;
  growth: number;
  agriShare: number;
  membersPer: number;
  workersPer: number;
  revenue2010: number;
  margin: number;
  income2010: number;
  effective2010: number;
}

// National levels at the end of 2009 (the year before the first report), per unit of scale.
const START = { coops: 18_300, groups: 62_000, unions: 95, creditFunds: 1_130, ocop3: 1_000, ocop4: 200 };
const PER_YEAR = { unions: 13, creditFunds: 4.5, ocop3: 1_500, ocop4: 250 };
// Net HTX growth: slow while the 2012 law's conversions and dissolutions ran (2013–2016), faster after.
const growthIn = (y: number) => (y <= 2012 ? 0.03 : y <= 2016 ? 0.01 : 0.055);
const dissolvingIn = (y: number) => (y >= 2013 && y <= 2016 ? 0.06 : 0.035);
const OCOP_FROM = 2019;

export function drawTraits(rng: Rng, weight: number): Traits {
  return {
    weight,
    growth: rng.range(0.6, 1.4),
    agriShare: rng.range(0.5, 0.75),
    membersPer: rng.range(70, 160),
    workersPer: rng.range(12, 35),
    revenue2010: rng.range(900, 2000),
    margin: rng.range(0.05, 0.09),
    income2010: rng.range(1.3, 2.2),
    effective2010: rng.range(25, 50),
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function simulateSeries(t: Traits, rng: Rng, scale: number): Map<number, Figures> {
  const share = t.weight * scale;
  let coops = rng.round(START.coops * share);
  let groups = rng.round(START.groups * share);
  let unions = rng.round(START.unions * share);
  let creditFunds = rng.round(START.creditFunds * share);
  let ocop3 = 0;
  let ocop4 = 0;
  const series = new Map<number, Figures>();
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const since = y - FIRST_YEAR;
    const g = Math.max(0, growthIn(y) * t.growth + 0.01 * rng.normal());
    const coopsNew = rng.round(coops * (dissolvingIn(y) + g));
    const dissolved = Math.min(coops + coopsNew, rng.round(coops * dissolvingIn(y) * rng.range(0.7, 1.3)));
    const converted = y >= 2013 && y <= 2016 ? rng.round(coops * rng.range(0.1, 0.2)) : undefined;
    coops += coopsNew - dissolved;

    const groupsNew = rng.round(groups * rng.range(0.06, 0.08));
    groups += groupsNew - Math.min(groups, rng.round(groups * rng.range(0.055, 0.07)));
    const unionsNew = rng.round(PER_YEAR.unions * share * rng.range(0.5, 1.5));
    unions += unionsNew;
    creditFunds += rng.round(PER_YEAR.creditFunds * share * rng.range(0, 2));
    if (y === OCOP_FROM) [ocop3, ocop4] = [rng.round(START.ocop3 * share), rng.round(START.ocop4 * share)];
    if (y > OCOP_FROM) {
      ocop3 += rng.round(PER_YEAR.ocop3 * share * rng.range(0.5, 1.5));
      ocop4 += rng.round(PER_YEAR.ocop4 * share * rng.range(0.5, 1.5));
    }

    const revenue = Math.round(t.revenue2010 * 1.085 ** since * rng.range(0.95, 1.05));
    series.set(y, {
      coops_total: coops,
      coops_new: coopsNew,
      coops_new_agri: rng.binomial(coopsNew, t.agriShare),
      coops_dissolved: dissolved,
      unions_total: unions,
      unions_new: unionsNew,
      groups_total: groups,
      groups_new: groupsNew,
      credit_funds_total: creditFunds,
      members: rng.round(coops * t.membersPer * (1 + 0.01 * since)),
      workers: rng.round(coops * t.workersPer * (1 + 0.01 * since)),
      avg_revenue_per_coop: revenue,
      avg_profit_per_coop: Math.round(revenue * t.margin * rng.range(0.85, 1.15)),
      avg_income_worker: round1(t.income2010 * 1.075 ** since * rng.range(0.97, 1.03)),
      coops_effective_pct: round1(Math.min(95, Math.max(5, t.effective2010 + 1.6 * since + 2 * rng.normal()))),
      ...(converted !== undefined && { coops_converted: converted }),
      ...(y >= OCOP_FROM && { ocop_3star: ocop3, ocop_4star_plus: ocop4 }),
    });
  }
  return series;
}
