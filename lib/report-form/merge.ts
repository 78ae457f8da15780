// Two people saved the same report from the same starting copy: what each changed is kept. The server
// merges a save onto what it holds now (fields the writer changed are written, the others untouched), and
// the form resolves a real conflict field by field with the same rule. Pure: client and server.
import { changedCodes } from "@/lib/domain/changed-codes";
import type { ValueInput } from "@/lib/validation/report-values";

export type Values = Record<string, ValueInput>;

export interface Merged {
  /** What the report holds after the merge. */
  values: Values;
  /** The fields this save changed from its base (written, or removed when the writer emptied them). */
  mine: string[];
  /** The fields someone else changed since the base and this save kept as they are now. */
  theirs: string[];
  /** Fields both changed, to different values: nothing is written while any is left. */
  conflicts: string[];
}

/**
 * `base` is what the writer started from, `mine` what they send, `current` what the server holds now.
 * A field both changed to the same value is no conflict.
 */
export function mergeValues(base: Values, mine: Values, current: Values): Merged {
  const mineChanged = changedCodes(base, mine);
  const theirsChanged = new Set(changedCodes(base, current));
  const conflicts = mineChanged.filter((c) => theirsChanged.has(c) && changedCodes(pick(mine, c), pick(current, c)).length > 0);
  const values = withChanges(current, mine, mineChanged);
  const theirs = [...theirsChanged].filter((c) => !mineChanged.includes(c)).sort();
  return { values, mine: mineChanged, theirs, conflicts };
}

/** The user's choice per conflicting field. */
export type Choice = "mine" | "theirs";

/**
 * What the form sends after the user chose per field: the server's copy with every change the user made since
 * their base, except the conflicting fields where they chose the other person's figure.
 */
export function resolveConflicts(base: Values, mine: Values, current: Values, choices: Record<string, Choice>): Values {
  return withChanges(current, mine, changedCodes(base, mine).filter((code) => choices[code] !== "theirs"));
}

/** `current` with the given fields as `mine` has them (a field `mine` emptied is removed). */
function withChanges(current: Values, mine: Values, codes: string[]): Values {
  const out: Values = { ...current };
  for (const code of codes) {
    if (mine[code]) out[code] = mine[code];
    else delete out[code];
  }
  return out;
}

function pick(v: Values, code: string): Values {
  return v[code] ? { [code]: v[code] } : {};
}
