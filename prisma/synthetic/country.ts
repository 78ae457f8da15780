// The synthetic country: the real 63 provinces and their 2025 merger into 34 (prisma/seed/provinces.ts), each
// with made-up traits and a simulated 2010–2025 series. Until 2024 a province reports for itself; in 2025 only
// the 34 report, each for its merged territory (its own units plus those of the provinces it absorbed).
import { INDICATORS } from "@/prisma/seed/indicators";
import { PROVINCES, type ProvinceSeed } from "@/prisma/seed/provinces";
import { Rng } from "./random";
import { OFFICIAL_CODES, addOfficialSet } from "./official";
import { CORE_CODES, EXTRA_CODES, drawTraits, LAST_YEAR, simulateSeries, type Code, type Figures, type Traits } from "./series";

export const DEFAULT_SEED = 20250701;

export interface SyntheticProvince {
  seed: ProvinceSeed;
  /** Slugs of the provinces it absorbed on 2025-07-01 (empty for most). */
  absorbed: string[];
  traits: Traits;
  /** Its own territory, every year 2010–2025 (2025 of an absorbed province is never reported). */
  own: Map<number, Figures>;
  /** Its territory after the merger (own plus absorbed), every year: what its 2025 report and its 2025 term are about. */
  territory: Map<number, Figures>;
  /** Its draws for reports, terms and the register, independent of each other. */
  rng: Rng;
}

export interface SyntheticCountry {
  seed: number;
  scale: number;
  provinces: SyntheticProvince[];
}

// Hà Nội, Thanh Hóa, Nghệ An and TP Hồ Chí Minh have by far the most HTX; the rest vary around a mean.
const BOOST: Record<string, number> = { "ha-noi": 3.5, "thanh-hoa": 2, "nghe-an": 2, "tp-ho-chi-minh": 1.8 };

export function generateCountry(opts: { seed?: number; scale?: number } = {}): SyntheticCountry {
  const seed = opts.seed ?? DEFAULT_SEED;
  const scale = opts.scale ?? 1;
  const root = new Rng(seed);
  const weightsRng = root.fork("weights");
  const raw = PROVINCES.map((p) => weightsRng.logNormal(1, 0.45) * (BOOST[p.slug] ?? (p.isCity ? 1.2 : 1)));
  const sum = raw.reduce((a, b) => a + b, 0);

  const provinces = PROVINCES.map((p, i): SyntheticProvince => {
    const rng = root.fork(p.slug);
    const traits = drawTraits(rng.fork("traits"), raw[i] / sum);
    const own = simulateSeries(traits, rng.fork("series"), scale);
    addOfficialSet(own, rng.fork("official"));
    return { seed: p, absorbed: [], traits, own, territory: own, rng };
  });
  const bySlug = new Map(provinces.map((p) => [p.seed.slug, p]));
  for (const p of provinces) if (p.seed.mergedInto) bySlug.get(p.seed.mergedInto)!.absorbed.push(p.seed.slug);
  for (const p of provinces) {
    if (p.absorbed.length === 0) continue;
    const parts = [p, ...p.absorbed.map((s) => bySlug.get(s)!)];
    p.territory = new Map([...p.own.keys()].map((y) => [y, combine(parts.map((x) => x.own.get(y)!))]));
  }
  return { seed, scale, provinces };
}

/** The years a province files a report for, and what each says: own figures, in 2025 the merged territory. */
export function reportedFigures(p: SyntheticProvince): [number, Figures][] {
  return [...p.own.keys()]
    .filter((y) => y < LAST_YEAR || !p.seed.mergedInto)
    .map((y) => [y, (y === LAST_YEAR ? p.territory : p.own).get(y)!]);
}

const catalogue = new Map(INDICATORS.map((i) => [i.code, i]));
const DECIMALS: Partial<Record<Code, number>> = { avg_income_worker: 1, coops_effective_pct: 1 };

/**
 * Figures of several provinces as one: counts add up; averages and shares are weighted by their base
 * (the catalogue's baseCode: coops_total, workers), as DESIGN.md's roll-up rules say.
 */
export function combine(parts: Figures[]): Figures {
  const out: Partial<Record<Code, number>> = {};
  for (const code of [...CORE_CODES, ...EXTRA_CODES, ...OFFICIAL_CODES]) {
    const present = parts.filter((f) => f[code] !== undefined);
    if (present.length === 0) continue;
    const ind = catalogue.get(code)!;
    if (ind.kind === "AVERAGE" || ind.kind === "SHARE") {
      const base = ind.baseCode as Code;
      const weight = present.reduce((s, f) => s + (f[base] ?? 0), 0);
      const mean = weight > 0 ? present.reduce((s, f) => s + f[code]! * (f[base] ?? 0), 0) / weight : present[0][code]!;
      const k = 10 ** (DECIMALS[code] ?? 0);
      out[code] = Math.round(mean * k) / k;
    } else {
      out[code] = present.reduce((s, f) => s + f[code]!, 0);
    }
  }
  return out as Figures;
}
