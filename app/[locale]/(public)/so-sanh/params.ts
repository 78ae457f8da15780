// The comparison page's address: ?chi-tieu=coops_total&nam=2024&ranh-gioi=hien-nay|thoi-diem, or nam=2013-2018 for
// a term total. A malformed value (a typo, a hand-edited URL) falls back to a default instead of an error page; a
// well-formed year the indicator has no figures for is kept, and the page says so (never another year silently).
import { z } from "zod";
import type { Boundaries } from "@/lib/domain/rollup";

export const DEFAULT_CODE = "coops_total";
export const BOUNDARY_PARAMS = { "hien-nay": "today", "thoi-diem": "time" } as const satisfies Record<string, Boundaries>;
export type BoundaryParam = keyof typeof BOUNDARY_PARAMS;

// A repeated parameter (?nam=2018&nam=2024) arrives as an array: the first one counts.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

const schema = z.object({
  "chi-tieu": z.preprocess(first, z.string().regex(/^[a-z0-9_]{1,64}$/).optional()).catch(undefined),
  nam: z.preprocess(first, z.string().regex(/^\d{4}(-\d{4})?$/).optional()).catch(undefined),
  "ranh-gioi": z.preprocess(first, z.enum(["hien-nay", "thoi-diem"]).default("hien-nay")).catch("hien-nay"),
});

export interface CompareParams {
  code: string | null;
  /** The year asked for (the last year of a term span). */
  year: number | null;
  /** A term total's first year (nam=2013-2018); null for a single year. */
  from: number | null;
  boundary: BoundaryParam;
}

export type Period = { from: number; to: number };

const inRange = (y: number) => y >= 1945 && y <= 2100;

function parseYear(nam: string | undefined): { year: number | null; from: number | null } {
  const [a, b] = (nam ?? "").split("-").map(Number);
  if (!nam || !inRange(a) || (b !== undefined && (!inRange(b) || b <= a))) return { year: null, from: null };
  return b === undefined ? { year: a, from: null } : { year: b, from: a };
}

/** How a period is written in the address: "2024", "2013-2018". */
export const periodParam = (p: Period) => (p.from === p.to ? String(p.to) : `${p.from}-${p.to}`);

export function parseCompareParams(raw: Record<string, string | string[] | undefined>): CompareParams {
  const p = schema.parse(raw);
  return { code: p["chi-tieu"] ?? null, ...parseYear(p.nam), boundary: p["ranh-gioi"] };
}

/** The code to show: the one asked for if the catalogue offers it, else coops_total, else the first there is. */
export function pickCode(asked: string | null, offered: { code: string }[]): string | null {
  if (asked && offered.some((i) => i.code === asked)) return asked;
  return (offered.find((i) => i.code === DEFAULT_CODE) ?? offered[0])?.code ?? null;
}

/** The year asked for if the indicator has figures for it, else its latest year. */
export function pickYear(asked: number | null, years: number[]): number | null {
  return asked !== null && years.includes(asked) ? asked : (years[0] ?? null);
}

/**
 * The period to show: the one asked for if the indicator has it; none (`missing`: the page says so and lists what
 * it has) if another was asked for; the latest when none was asked for.
 */
export function pickPeriod(asked: Pick<CompareParams, "year" | "from">, offered: Period[]): { period: Period | null; missing: Period | null } {
  if (asked.year === null) return { period: offered[0] ?? null, missing: null };
  const want = { from: asked.from ?? asked.year, to: asked.year };
  const found = offered.find((p) => p.from === want.from && p.to === want.to);
  return found ? { period: found, missing: null } : { period: null, missing: want };
}
