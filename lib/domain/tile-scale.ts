// How a tile of the map (/ban-do, decision 0034) gets its colour: by an indicator's value, in up to five classes
// of about as many provinces each (quantiles: the few provinces with figures spread over the classes instead of
// crowding one), or by where the province's current term stands. Pure; the palette is the component's.
import type { Status } from "./achievement";

export interface ValueClass {
  low: number;
  high: number;
}

export const MAX_CLASSES = 5;

/** Up to five classes over the distinct values, each a run of about the same number of them, low to high. */
export function valueClasses(values: number[], max = MAX_CLASSES): ValueClass[] {
  const distinct = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
  const k = Math.min(max, distinct.length);
  return Array.from({ length: k }, (_, i) => {
    const run = distinct.slice(Math.floor((i * distinct.length) / k), Math.floor(((i + 1) * distinct.length) / k));
    return { low: run[0], high: run[run.length - 1] };
  });
}

/** The class a value falls in (its index), or null when there are no classes. */
export function classOf(value: number, classes: ValueClass[]): number | null {
  if (!classes.length) return null;
  const i = classes.findIndex((c) => value <= c.high);
  return i === -1 ? classes.length - 1 : i;
}

/**
 * The one number a tile is coloured by: a point as it is, a range by its middle, a lower bound ("trên 470", or a
 * sum with provinces missing) by what is certain.
 */
export function pointOf(v: { low: number; high: number | null }): number {
  return v.high === null ? v.low : (v.low + v.high) / 2;
}

/** Where a province's current term stands, as one word for its tile. */
export type TermVerdict = "MET" | "NOT_MET" | "UNDECIDED" | "NO_TERM";

const MET: Status[] = ["EXCEEDED", "ACHIEVED", "ON_TRACK"];
const NOT_MET: Status[] = ["NOT_MET", "BEHIND"];

/**
 * A term with any target not met (or behind its pace) is NOT_MET: the committee looks there first. Otherwise MET
 * when at least one target is judged met and none is not; UNDECIDED when no target can be judged yet.
 */
export function termVerdict(counts: Partial<Record<Status, number>> | null): TermVerdict {
  if (!counts) return "NO_TERM";
  const n = (list: Status[]) => list.reduce((a, s) => a + (counts[s] ?? 0), 0);
  if (n(NOT_MET) > 0) return "NOT_MET";
  if (n(MET) > 0) return "MET";
  return "UNDECIDED";
}
