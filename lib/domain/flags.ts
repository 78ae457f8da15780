// What a reader must know before trusting a figure, and how a total or average made of several figures inherits
// it: a national sum that counts an ambiguous figure is itself ambiguous, one that counts a province we only
// guessed from an article is itself unconfirmed. The weakest input decides; nothing is averaged away.
import type { Attribution } from "./types";

export interface ValueFlags {
  /** Computed by us from the source's other figures. */
  derived: boolean;
  /** The source says "ước", "dự kiến". */
  estimate: boolean;
  /** The source's sentence reads two ways. */
  ambiguous: boolean;
  /** Who named the province of the figure's source: the weakest of the inputs (UNCONFIRMED < INFERRED < STATED). */
  attribution: Attribution;
}

export interface InheritedFlags extends ValueFlags {
  /** The input provinces (slugs) behind each flag, so that a page can say whose figure it is. */
  from: { derived: string[]; estimate: string[]; ambiguous: string[]; inferred: string[]; unconfirmed: string[] };
}

export const NO_FLAGS: ValueFlags = { derived: false, estimate: false, ambiguous: false, attribution: "STATED" };

const WEAKNESS: Record<Attribution, number> = { STATED: 0, INFERRED: 1, UNCONFIRMED: 2 };

export function weakestAttribution(a: Attribution, b: Attribution): Attribution {
  return WEAKNESS[b] > WEAKNESS[a] ? b : a;
}

/** The flags of a figure made of `inputs` (each a province's figure with its own flags). */
export function inheritFlags(inputs: { province: string; flags: ValueFlags }[]): InheritedFlags {
  const who = (pick: (f: ValueFlags) => boolean) => [...new Set(inputs.filter((i) => pick(i.flags)).map((i) => i.province))];
  const from = {
    derived: who((f) => f.derived),
    estimate: who((f) => f.estimate),
    ambiguous: who((f) => f.ambiguous),
    inferred: who((f) => f.attribution === "INFERRED"),
    unconfirmed: who((f) => f.attribution === "UNCONFIRMED"),
  };
  return {
    derived: from.derived.length > 0,
    estimate: from.estimate.length > 0,
    ambiguous: from.ambiguous.length > 0,
    attribution: inputs.reduce<Attribution>((a, i) => weakestAttribution(a, i.flags.attribution), "STATED"),
    from,
  };
}

/** Does a figure carry anything a reader must be told? */
export function hasFlags(f: ValueFlags): boolean {
  return f.derived || f.estimate || f.ambiguous || f.attribution !== "STATED";
}
