// Plain shapes of a roll-up (no Infinity, no Decimal: cached results pass through JSON) and the province
// graph the roll-up follows. Shared by compare.ts and summary.ts.
import "server-only";
import { inheritFlags, type InheritedFlags } from "@/lib/domain/flags";
import { toQualified, type Interval } from "@/lib/domain/interval";
import type { ProvinceNode, RolledUp } from "@/lib/domain/rollup";
import type { Qualifier } from "@/lib/domain/types";
import type { PrismaClient } from "@/lib/prisma-client";
import { isoDate, type SourceRef } from "./shapes";
import { byName } from "@/lib/domain/collation";

/** The slug of the national unit (never a province's: slugs are names of provinces). */
export const NATIONAL = "toan-quoc";

export interface PlainInterval {
  low: number;
  /** null for a lower bound ("trên 470", or a sum with provinces missing). */
  high: number | null;
  /** How to write it: AT_LEAST for a lower bound, RANGE for low–high, APPROX/NEARLY/EXACT for a point. */
  qualifier: Qualifier;
  approx: boolean;
}

/** A figure as the source wrote it, for a unit made of one province. */
export interface RawValue {
  qualifier: Qualifier;
  value: number;
  high: number | null;
  approx: boolean;
}

export interface ProvinceName {
  slug: string;
  name: string;
}

export interface CompareUnit {
  slug: string;
  name: string;
  value: PlainInterval | null;
  /** The provinces of the time the unit is made of that year (itself alone with the boundaries of the time). */
  members: ProvinceName[];
  /** Members with no approved figure: with any, a sum is a lower bound and an average approximate. */
  missing: ProvinceName[];
  complete: boolean;
  /** false: averages or shares whose base is unknown somewhere, or ratios; such a unit is listed, never drawn. */
  comparable: boolean;
  reason: RolledUp["reason"] | null;
  /** Members with a figure but no weight (AVERAGE, SHARE): why a unit is not comparable. */
  missingBase: ProvinceName[];
  sources: SourceRef[];
  /**
   * Inherited from the figures it is made of (lib/domain/flags.ts): derived, estimate, ambiguous, and the weakest
   * attribution of their sources' provinces, with the provinces behind each flag.
   */
  flags: PlainFlags;
}

export type PlainFlags = Omit<InheritedFlags, "from"> & { from: Record<keyof InheritedFlags["from"], ProvinceName[]> };

export type NamedNode = ProvinceNode & { name: string };

export function plainInterval(i: Interval): PlainInterval {
  return { low: i.low, high: i.high === Infinity ? null : i.high, qualifier: toQualified(i).qualifier, approx: i.approx };
}

function fromRaw(r: RawValue): PlainInterval {
  const high = r.qualifier === "AT_LEAST" ? null : r.qualifier === "RANGE" ? (r.high ?? r.value) : r.value;
  return { low: r.value, high, qualifier: r.qualifier, approx: r.approx };
}

export async function provinceNodes(client: PrismaClient): Promise<NamedNode[]> {
  const rows = await client.province.findMany({
    orderBy: { code: "asc" },
    select: { slug: true, name: true, validUntil: true, mergedInto: { select: { to: { select: { slug: true } } }, take: 1 } },
  });
  return rows.map((p) => ({ slug: p.slug, name: p.name, validUntil: isoDate(p.validUntil), mergedInto: p.mergedInto[0]?.to.slug ?? null }));
}


export function toUnit(slug: string, names: Map<string, string>, r: RolledUp, used: (SourceRef | null | undefined)[], single: RawValue | null, noBase: string[] = [], flags: InheritedFlags = inheritFlags([])): CompareUnit {
  const named = (s: string): ProvinceName => ({ slug: s, name: names.get(s) ?? s });
  const sources = [...new Map(used.filter((s): s is SourceRef => !!s).map((s) => [s.key, s])).values()];
  const value = single && r.value ? fromRaw(single) : r.value ? plainInterval(r.value) : null;
  return {
    slug,
    name: names.get(slug) ?? slug,
    value,
    // The unit itself first, then the provinces merged into it, by name.
    members: r.members[0] === slug ? [named(slug), ...r.members.slice(1).map(named).sort(byName)] : r.members.map(named).sort(byName),
    missing: r.missing.map(named).sort(byName),
    complete: r.complete,
    comparable: r.comparable,
    reason: r.reason ?? null,
    missingBase: noBase.map(named).sort(byName),
    sources,
    flags: { ...flags, from: Object.fromEntries(Object.entries(flags.from).map(([k, v]) => [k, v.map(named).sort(byName)])) as PlainFlags["from"] },
  };
}
