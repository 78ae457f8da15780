// Congress terms and their targets. Terms run five years, consecutive (one ends the year the next begins, as in
// the demo's 2013–2018 / 2018–2023), in a rhythm that differs by province (2010/2015/2020, 2008/2013/2018…).
// The merger of 2025 cuts the terms of the provinces it touches short, and each merged province opens a
// 2025–2030 term for its new territory; the 11 unchanged provinces keep their rhythm. Every term has targets of
// all four kinds, set near what the province then went on to achieve, so some are met and some are not.
import type { Qualifier, TargetKind } from "@/lib/generated/prisma/enums";
import type { SyntheticProvince } from "./country";
import type { Rng } from "./random";
import { FIRST_YEAR, LAST_YEAR, type Code, type Figures } from "./series";

export interface SyntheticTarget {
  code: Code;
  kind: TargetKind;
  min: number;
  max: number | null;
  qualifier: Extract<Qualifier, "EXACT" | "AT_LEAST" | "APPROX">;
}

export interface SyntheticTerm {
  slug: string;
  startYear: number;
  endYear: number;
  congress: string;
  label: string;
  note: string | null;
  targets: SyntheticTarget[];
}

const TERM_YEARS = 5;
const CUT_SHORT = "Nhiệm kỳ kết thúc năm 2025 do hợp nhất tỉnh (Nghị quyết 202/2025/QH15).";
const MERGED_TERM = "Nhiệm kỳ đầu của tỉnh sau hợp nhất ngày 01/07/2025.";
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

export function termsFor(p: SyntheticProvince): SyntheticTerm[] {
  const rng = p.rng.fork("terms");
  const phase = rng.int(0, TERM_YEARS - 1);
  const touched = p.absorbed.length > 0 || p.seed.mergedInto !== undefined;
  const spans: { start: number; end: number; note: string | null; figures: Map<number, Figures> }[] = [];
  for (let s = FIRST_YEAR + phase - (phase > 0 ? TERM_YEARS : 0); touched ? s < LAST_YEAR : s <= LAST_YEAR; s += TERM_YEARS) {
    const end = s + TERM_YEARS;
    if (!touched || end <= LAST_YEAR) spans.push({ start: s, end, note: null, figures: p.own });
    // A term the merger would leave one year long is extended to 2025 instead (its congress was postponed).
    else if (LAST_YEAR - s < 2) Object.assign(spans[spans.length - 1], { end: LAST_YEAR, note: CUT_SHORT });
    else spans.push({ start: s, end: LAST_YEAR, note: CUT_SHORT, figures: p.own });
  }
  if (p.absorbed.length > 0) spans.push({ start: LAST_YEAR, end: LAST_YEAR + TERM_YEARS, note: MERGED_TERM, figures: p.territory });

  const first = rng.int(3, 5);
  return spans.map((t, i) => {
    const congress = ROMAN[first + i - 1];
    return {
      slug: p.seed.slug, startYear: t.start, endYear: t.end, congress, note: t.note,
      label: `Đại hội ${congress}, nhiệm kỳ ${t.start}–${t.end}`,
      targets: targetsFor(t.figures, t.start, t.end, rng),
    };
  });
}

function targetsFor(series: Map<number, Figures>, start: number, end: number, rng: Rng): SyntheticTarget[] {
  const years = [...series.keys()].filter((y) => y >= start && y <= end);
  const known = years.length ? years : [Math.min(Math.max(start, FIRST_YEAR), LAST_YEAR)];
  const mean = (c: Code) => known.reduce((s, y) => s + (series.get(y)![c] ?? 0), 0) / known.length;
  const atStart = series.get(known[0])!;
  const len = end - start;
  const total = (c: Code, q: SyntheticTarget["qualifier"] = "EXACT"): SyntheticTarget =>
    ({ code: c, kind: "TERM_TOTAL", min: tidy(mean(c) * len * rng.range(0.75, 1.3)), max: null, qualifier: q });
  const annual = (c: Code): SyntheticTarget => {
    const min = tidy(mean(c) * rng.range(0.7, 1.1));
    return { code: c, kind: "ANNUAL", min, max: min + tidy(min * rng.range(0.15, 0.4)), qualifier: "EXACT" };
  };
  const growthMin = Math.round(rng.range(1.2, 1.5) * 10) / 10;
  return [
    // One target per indicator and term (the schema's unique key): coops_new is a term total or a yearly band.
    rng.chance(0.6) ? total("coops_new", rng.chance(0.2) ? "AT_LEAST" : "EXACT") : annual("coops_new"),
    annual("coops_new_agri"),
    total("groups_new"),
    total("unions_new"),
    { code: "coops_total", kind: "END_LEVEL", min: tidy(atStart.coops_total * 1.04 ** len * rng.range(0.95, 1.1)), max: null, qualifier: "APPROX" },
    { code: "coops_effective_pct", kind: "END_LEVEL", min: Math.min(95, Math.round(atStart.coops_effective_pct + rng.range(5, 15))), max: null, qualifier: "AT_LEAST" },
    { code: "avg_income_worker", kind: "GROWTH", min: growthMin, max: Math.round((growthMin + rng.range(0.2, 0.5)) * 10) / 10, qualifier: "EXACT" },
  ];
}

/** A round number, as congresses set them ("120 HTX", "1.500 THT"), and never below one. */
function tidy(x: number): number {
  const step = x >= 500 ? 50 : x >= 100 ? 10 : x >= 20 ? 5 : 1;
  return Math.max(1, Math.round(x / step) * step);
}
