// The register of one (pre-merger) province: about as many HTX, THT, LH HTX and QTDND as its 2025 figures say,
// a few of them dissolved, with sectors, founding years, members, workers, ratings, and some HTX members of one
// of the province's LH HTX. Units stay under the province they were registered in, as reports do.
import type { Rating, Sector, UnitType } from "@/lib/generated/prisma/enums";
import type { SyntheticProvince } from "./country";
import type { Rng } from "./random";
import { LAST_YEAR } from "./series";

/** Every synthetic unit's name starts with this, so no one mistakes it for a real cooperative. */
export const SYNTHETIC_NAME_PREFIX = "[Tổng hợp]";

export interface SyntheticUnit {
  type: UnitType;
  name: string;
  registrationNo: string;
  sector: Sector;
  commune: string;
  foundedYear: number;
  dissolvedYear: number | null;
  members: number;
  workers: number | null;
  rating: Rating | null;
  ratingYear: number | null;
  /** Index into the province's unions: the LH HTX this HTX is a member of. */
  unionIndex: number | null;
}

interface Profile {
  count: number;
  label: string;
  letter: string;
  sectors: Partial<Record<Sector, number>>;
  /** First and last founding year, and how strongly the draw leans to recent years (1: not at all). */
  founded: [number, number, number];
  dissolvedRate: number;
  members: [median: number, min: number];
  workers: [median: number, min: number] | null;
  ratedRate: number;
}

const SECTOR_LABEL: Record<Sector, string> = {
  AGRICULTURE: "nông nghiệp", INDUSTRY_CRAFT: "tiểu thủ công nghiệp", CONSTRUCTION: "xây dựng", TRADE_SERVICE: "dịch vụ",
  TRANSPORT: "vận tải", ENVIRONMENT: "môi trường", CREDIT: "", OTHER: "tổng hợp",
};
const RATINGS: Record<Rating, number> = { GOOD: 22, FAIR: 33, AVERAGE: 30, WEAK: 15 };
const SYLLABLES = ["Tân", "Phú", "Hòa", "An", "Bình", "Đông", "Thành", "Minh", "Hưng", "Lộc", "Quang", "Trung", "Nghĩa", "Thuận", "Vĩnh", "Xuân", "Hải", "Sơn", "Thịnh", "Phước"];
const HTX_SHARE_IN_UNIONS = 0.12;

export function registerFor(p: SyntheticProvince): { unions: SyntheticUnit[]; others: SyntheticUnit[] } {
  const rng = p.rng.fork("register");
  const now = p.own.get(LAST_YEAR)!;
  const count = (n: number) => rng.round(n * rng.range(0.97, 1.03));
  const profiles: Record<UnitType, Profile> = {
    LH_HTX: { count: count(now.unions_total), label: "Liên hiệp HTX", letter: "L", sectors: { AGRICULTURE: 50, TRADE_SERVICE: 20, TRANSPORT: 15, OTHER: 15 }, founded: [2000, 2025, 0.5], dissolvedRate: 0.03, members: [0, 0], workers: [15, 3], ratedRate: 0.6 },
    HTX: { count: count(now.coops_total), label: "HTX", letter: "H", sectors: { AGRICULTURE: 58, INDUSTRY_CRAFT: 9, CONSTRUCTION: 4, TRADE_SERVICE: 13, TRANSPORT: 7, ENVIRONMENT: 4, OTHER: 5 }, founded: [1975, 2025, 0.33], dissolvedRate: 0.07, members: [35, 7], workers: [12, 3], ratedRate: 0.75 },
    THT: { count: count(now.groups_total), label: "Tổ hợp tác", letter: "T", sectors: { AGRICULTURE: 75, TRADE_SERVICE: 8, INDUSTRY_CRAFT: 8, OTHER: 9 }, founded: [2000, 2025, 0.5], dissolvedRate: 0.1, members: [8, 2], workers: null, ratedRate: 0 },
    QTDND: { count: count(now.credit_funds_total), label: "Quỹ tín dụng nhân dân", letter: "Q", sectors: { CREDIT: 1 }, founded: [1993, 2015, 1], dissolvedRate: 0.02, members: [1500, 300], workers: [9, 4], ratedRate: 0.8 },
  };
  const make = (type: UnitType) => Array.from({ length: profiles[type].count }, (_, i) => unit(type, i, profiles[type], p.seed.code, rng));
  const unions = make("LH_HTX");
  const others = [...make("HTX"), ...make("THT"), ...make("QTDND")];
  if (unions.length) {
    for (const u of others) {
      if (u.type !== "HTX" || u.dissolvedYear !== null || !rng.chance(HTX_SHARE_IN_UNIONS)) continue;
      u.unionIndex = rng.int(0, unions.length - 1);
      unions[u.unionIndex].members++; // an LH HTX's members are its member cooperatives
    }
  }
  return { unions, others };
}

function unit(type: UnitType, i: number, pr: Profile, code: string, rng: Rng): SyntheticUnit {
  const sector = rng.weighted(pr.sectors as Record<Sector, number>);
  const commune = `${rng.pick(SYLLABLES)} ${rng.pick(SYLLABLES)}`;
  // Most units are young; about one HTX in eight dates from before 2000 (converted under the later laws).
  const [from, to, skew] = pr.founded;
  const foundedYear = from + Math.floor((to - from + 1) * rng.next() ** skew);
  const dissolvedYear = rng.chance(pr.dissolvedRate) ? rng.int(Math.max(foundedYear, 2010), LAST_YEAR) : null;
  const rated = dissolvedYear === null && rng.chance(pr.ratedRate);
  return {
    type,
    name: `${SYNTHETIC_NAME_PREFIX} ${pr.label} ${SECTOR_LABEL[sector]} ${commune} ${i + 1}`.replace(/\s+/g, " "),
    registrationNo: `TH-${code}-${pr.letter}${String(i + 1).padStart(6, "0")}`,
    sector,
    commune: `Xã ${commune}`,
    foundedYear,
    dissolvedYear,
    members: pr.members[0] === 0 ? 0 : Math.max(pr.members[1], Math.round(rng.logNormal(pr.members[0], 0.8))),
    workers: pr.workers ? Math.max(pr.workers[1], Math.round(rng.logNormal(pr.workers[0], 0.7))) : null,
    rating: rated ? rng.weighted(RATINGS) : null,
    ratingYear: rated ? LAST_YEAR - 1 : null,
    unionIndex: null,
  };
}
