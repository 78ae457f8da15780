// The tile map's tiles and legend, shaped on the server (decision 0034): by an indicator's roll-up (the same
// comparison /so-sanh draws, with its flags) or by where each province's current term stands.
import type { LegendEntry, MapTile, TileTone } from "@/components/tile-map";
import { valueTone } from "@/components/tile-map";
import { hasFlags } from "@/lib/domain/flags";
import { formatNumber } from "@/lib/domain/numbers";
import { TILE_GRID, TILE_LABEL, type TileSet } from "@/lib/domain/tile-grid";
import { classOf, pointOf, termVerdict, valueClasses, type TermVerdict } from "@/lib/domain/tile-scale";
import type { Locale } from "@/lib/domain/types";
import { formatInterval } from "@/lib/format/plain-interval";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { CompareUnit, IndicatorComparison } from "@/lib/queries/compare";
import type { ProvinceName } from "@/lib/queries/compare-shapes";
import type { TermSummaryRow } from "@/lib/queries/summary";

export interface TileMapData {
  set: TileSet;
  tiles: MapTile[];
  legend: LegendEntry[];
  /** Some tile's figure carries a flag. */
  flagged: boolean;
}

/** Today's 34 when every unit is one of them (today's boundaries, or a year after the merger), else the 63. */
export const setOf = (slugs: string[]): TileSet => (slugs.every((s) => TILE_GRID["34"].has(s)) ? "34" : "63");

/** A flagged figure's caveats in words, for its tile's name: "tỉnh chưa xác nhận, chưa rõ nghĩa". */
export function flagWords(u: CompareUnit, m: Messages): string[] {
  const f = u.flags;
  return [
    f.from.unconfirmed.length > 0 && m.flags.inherited.unconfirmed,
    f.from.inferred.length > 0 && m.flags.inherited.inferred,
    f.ambiguous && m.flags.ambiguous,
    f.estimate && m.flags.estimate,
    f.derived && m.flags.derived,
  ].filter((w): w is string => !!w);
}

/** A unit's figure as the map and its table say it. */
export function unitValueText(u: CompareUnit, data: IndicatorComparison, locale: Locale, m: Messages): string {
  if (u.value) return formatInterval(u.value, data.indicator.unit, locale);
  return u.comparable ? m.map.noData : m.map.notComparable;
}

function tile(slug: string, set: TileSet, locale: Locale): Pick<MapTile, "slug" | "label" | "row" | "col" | "href"> | null {
  const at = TILE_GRID[set].get(slug);
  return at ? { slug, label: TILE_LABEL[slug], ...at, href: localePath(locale, `/tinh/${slug}`) } : null;
}

export function valueMap(data: IndicatorComparison, locale: Locale, m: Messages): TileMapData {
  const set = setOf(data.units.map((u) => u.slug));
  const drawn = data.units.filter((u) => u.comparable && u.value);
  const classes = valueClasses(drawn.map((u) => pointOf(u.value!)));
  const tiles = data.units.flatMap((u): MapTile[] => {
    const place = tile(u.slug, set, locale);
    if (!place) return [];
    const k = u.comparable && u.value ? classOf(pointOf(u.value), classes) : null;
    const flagged = !!u.value && hasFlags(u.flags);
    const value = [unitValueText(u, data, locale, m), ...(flagged ? flagWords(u, m) : [])].join("; ");
    return [{ ...place, tone: k === null ? "none" : valueTone(k, classes.length), name: fill(m.map.tileName, { name: u.name, label: place.label, value }), flagged }];
  });
  const n = (x: number) => formatNumber(x, locale);
  const legend: LegendEntry[] = [
    ...classes.map((c, i) => ({ tone: valueTone(i, classes.length), label: c.low === c.high ? n(c.low) : `${n(c.low)}–${n(c.high)}` })),
    { tone: "none" as const, label: m.map.noData },
  ];
  return { set, tiles, legend, flagged: tiles.some((t) => t.flagged) };
}

const VERDICTS: TermVerdict[] = ["MET", "NOT_MET", "UNDECIDED", "NO_TERM"];
const verdictTone = (v: TermVerdict): TileTone => (v === "NO_TERM" ? "none" : v);

/** Each province's own current term (a merged province's terms stay its own: a congress is a province's). */
export function statusMap(provinces: ProvinceName[], terms: TermSummaryRow[], set: TileSet, locale: Locale, m: Messages): TileMapData & { verdicts: Map<string, TermVerdict> } {
  const bySlug = new Map(terms.map((t) => [t.province.slug, t]));
  const verdicts = new Map<string, TermVerdict>();
  const tiles = provinces.flatMap((p): MapTile[] => {
    const place = tile(p.slug, set, locale);
    if (!place) return [];
    const verdict = termVerdict(bySlug.get(p.slug)?.counts ?? null);
    verdicts.set(p.slug, verdict);
    return [{ ...place, tone: verdictTone(verdict), name: fill(m.map.tileName, { name: p.name, label: place.label, value: m.map.verdicts[verdict] }), flagged: false }];
  });
  const legend = VERDICTS.map((v) => ({ tone: verdictTone(v), label: m.map.verdicts[v] }));
  return { set, tiles, legend, flagged: false, verdicts };
}
