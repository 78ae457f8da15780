// A province's yearly reports, all APPROVED, from its simulated figures, with the blemishes real reports have:
// a few figures missing (more in the early years), and some given as "over", "about", "nearly" or a range.
// The HTX counts behind the stock/flow identity are always complete and exact, so the identity can be checked.
import type { Qualifier } from "@/lib/generated/prisma/enums";
import { reportedFigures, type SyntheticProvince } from "./country";
import type { Rng } from "./random";
import type { Code, Figures } from "./series";
import { OFFICIAL_CODES } from "./official";

export interface SyntheticValue {
  code: Code;
  value: number;
  high: number | null;
  qualifier: Qualifier;
  estimate: boolean;
  /** HTX counts leave QTDND out (DESIGN.md: store them apart and say so). */
  includesCreditFunds: boolean | null;
}

export interface SyntheticReport {
  slug: string;
  year: number;
  submittedAt: Date;
  approvedAt: Date;
  values: SyntheticValue[];
}

// The official set (decision 0042) is reported whole: no draw for it, so the other figures stay as they were.
const ALWAYS: Code[] = ["coops_total", "coops_new", "coops_new_agri", "coops_dissolved", ...OFFICIAL_CODES];
const FINANCE: Code[] = ["avg_revenue_per_coop", "avg_profit_per_coop"];
const GAP_RATE = 0.04;
const EARLY_FINANCE_GAP_RATE = 0.35;

export function reportsFor(p: SyntheticProvince): SyntheticReport[] {
  const rng = p.rng.fork("reports");
  return reportedFigures(p).map(([year, figures]) => {
    const approvedAt = new Date(Date.UTC(year + 1, rng.int(1, 3), rng.int(1, 28)));
    const submittedAt = new Date(approvedAt.getTime() - rng.int(7, 30) * 86_400_000);
    return { slug: p.seed.slug, year, submittedAt, approvedAt, values: valuesOf(figures, year, rng) };
  });
}

function valuesOf(figures: Figures, year: number, rng: Rng): SyntheticValue[] {
  const out: SyntheticValue[] = [];
  for (const [code, v] of Object.entries(figures) as [Code, number][]) {
    if (!ALWAYS.includes(code)) {
      const gap = FINANCE.includes(code) && year <= 2012 ? EARLY_FINANCE_GAP_RATE : GAP_RATE;
      if (rng.chance(gap)) continue;
    }
    const exact: SyntheticValue = {
      code, value: v, high: null, qualifier: "EXACT",
      // The latest year's money figures are the alliance's year-end estimates ("ước đạt").
      estimate: year === 2025 && FINANCE.includes(code),
      includesCreditFunds: code.startsWith("coops_") && code !== "coops_effective_pct" ? false : null,
    };
    out.push({ ...exact, ...qualify(code, v, rng) });
  }
  return out;
}

/** How a source might have written the figure: "trên 12.000", "khoảng 3.500", "gần 250", "4 đến 5,5". */
function qualify(code: Code, v: number, rng: Rng): Partial<SyntheticValue> {
  switch (code) {
    case "members":
      return rng.chance(0.15) && v >= 100 ? { qualifier: "AT_LEAST", value: Math.floor(v / 100) * 100 } : {};
    case "groups_total":
      return rng.chance(0.08) && v >= 10 ? { qualifier: "APPROX", value: Math.round(v / 10) * 10 } : {};
    case "avg_revenue_per_coop":
      return rng.chance(0.15) ? { qualifier: "APPROX", value: Math.round(v / 50) * 50 } : {};
    case "avg_profit_per_coop":
      return rng.chance(0.05) ? { qualifier: "NEARLY", value: Math.ceil(v / 10) * 10 } : {};
    case "avg_income_worker":
      return rng.chance(0.12) ? { qualifier: "RANGE", value: half(v * 0.75), high: half(v * 1.3) } : {};
    case "coops_effective_pct":
      return rng.chance(0.1) ? { qualifier: "AT_LEAST", value: Math.floor(v) } : {};
    default:
      return {};
  }
}

const half = (x: number) => Math.max(0.5, Math.round(x * 2) / 2);
