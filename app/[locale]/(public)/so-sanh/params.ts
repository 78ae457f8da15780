// The comparison page's address: ?chi-tieu=coops_total&nam=2024&ranh-gioi=hien-nay|thoi-diem. Anything else
// (a typo, an old link, a hand-edited URL) falls back to a default instead of an error page.
import { z } from "zod";
import type { Boundaries } from "@/lib/domain/rollup";

export const DEFAULT_CODE = "coops_total";
export const BOUNDARY_PARAMS = { "hien-nay": "today", "thoi-diem": "time" } as const satisfies Record<string, Boundaries>;
export type BoundaryParam = keyof typeof BOUNDARY_PARAMS;

// A repeated parameter (?nam=2018&nam=2024) arrives as an array: the first one counts.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

const schema = z.object({
  "chi-tieu": z.preprocess(first, z.string().regex(/^[a-z0-9_]{1,64}$/).optional()).catch(undefined),
  nam: z.preprocess(first, z.coerce.number().int().min(1945).max(2100).optional()).catch(undefined),
  "ranh-gioi": z.preprocess(first, z.enum(["hien-nay", "thoi-diem"]).default("hien-nay")).catch("hien-nay"),
});

export interface CompareParams {
  code: string | null;
  year: number | null;
  boundary: BoundaryParam;
}

export function parseCompareParams(raw: Record<string, string | string[] | undefined>): CompareParams {
  const p = schema.parse(raw);
  return { code: p["chi-tieu"] ?? null, year: p.nam ?? null, boundary: p["ranh-gioi"] };
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
