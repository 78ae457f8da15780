// The register list's filters, read from the page's query string (and the export's): anything unreadable
// falls back to "no filter" rather than an error page, since people edit these addresses by hand.
import { z } from "zod";
import { SECTORS, UNIT_TYPES } from "./register-unit";

export const UNIT_STATUSES = ["all", "active", "dissolved"] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const registerFilters = z.object({
  type: z.preprocess(one, z.enum(UNIT_TYPES).optional()).catch(undefined),
  sector: z.preprocess(one, z.enum(SECTORS).optional()).catch(undefined),
  status: z.preprocess(one, z.enum(UNIT_STATUSES).default("all")).catch("all"),
  q: z.preprocess(one, z.string().trim().max(100).default("")).catch(""),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(100_000).default(1)).catch(1),
});
export type RegisterFilters = z.output<typeof registerFilters>;

/** The query string for filters (page 1 omitted, empty filters omitted): links keep what the user chose. */
export function filtersQuery(f: Partial<RegisterFilters>, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (f.type) p.set("type", f.type);
  if (f.sector) p.set("sector", f.sector);
  if (f.status && f.status !== "all") p.set("status", f.status);
  if (f.q) p.set("q", f.q);
  if (f.page && f.page > 1) p.set("page", String(f.page));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}
