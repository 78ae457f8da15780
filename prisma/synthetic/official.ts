// The official indicator set's figures (decision 0042), from the 2021 report on: closures split into dissolved
// and bankrupt, members joining and leaving, regular workers, revenue and what came from members, and the
// yearly rating. Drawn from a generator of their own, so the figures the country had before stay the same;
// every part stays within its whole, and the four ratings add up to the HTX rated.
import type { Rng } from "./random";
import type { Figures } from "./series";

export const OFFICIAL_FROM = 2021;

export const OFFICIAL_CODES = [
  "coops_bankrupt", "members_joined", "members_left", "workers_regular", "workers_regular_members",
  "coops_revenue", "coops_revenue_members", "coops_rated", "coops_rated_good", "coops_rated_fair", "coops_rated_average", "coops_rated_weak",
] as const;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Adds the official set to a province's series (in place); `coops_dissolved` keeps only the dissolutions. */
export function addOfficialSet(series: Map<number, Figures>, rng: Rng): void {
  let membersBefore: number | null = null;
  for (const [year, f] of [...series.entries()].sort(([a], [b]) => a - b)) {
    const previous = membersBefore;
    membersBefore = f.members;
    if (year < OFFICIAL_FROM || previous === null) continue;
    const bankrupt = rng.binomial(f.coops_dissolved, 0.08);
    f.coops_dissolved -= bankrupt;
    f.coops_bankrupt = bankrupt;
    // members now = members a year ago + joined − left.
    let left = rng.round(previous * rng.range(0.03, 0.06));
    let joined = f.members - previous + left;
    if (joined < 0) [left, joined] = [left - joined, 0];
    f.members_joined = joined;
    f.members_left = left;
    f.workers_regular = rng.round(f.workers * rng.range(0.55, 0.75));
    f.workers_regular_members = rng.round(f.workers_regular * rng.range(0.4, 0.7));
    // Billion VND: the average revenue (million VND) times the HTX, so the two agree.
    f.coops_revenue = round1((f.avg_revenue_per_coop * f.coops_total) / 1000);
    f.coops_revenue_members = Math.min(f.coops_revenue, round1(f.coops_revenue * rng.range(0.3, 0.6)));
    const rated = rng.round(f.coops_total * rng.range(0.6, 0.85));
    const good = rng.round(rated * rng.range(0.15, 0.3));
    const fair = rng.round((rated - good) * rng.range(0.45, 0.6));
    const average = rng.round((rated - good - fair) * rng.range(0.6, 0.8));
    Object.assign(f, { coops_rated: rated, coops_rated_good: good, coops_rated_fair: fair, coops_rated_average: average, coops_rated_weak: rated - good - fair - average });
  }
}
