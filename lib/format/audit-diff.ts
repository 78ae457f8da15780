// What an audit entry changed, as lines "field: before → after". Entries store whole snapshots (a report's
// values, a unit's fields), so the lines are the leaves that differ. Pure: the page names and formats them.

/** A report value as the services store it: treated as one leaf, not three. */
export interface FigureLeaf {
  value: number | string;
  qualifier: string;
  high?: number | string | null;
}

export type Leaf = string | number | boolean | null | FigureLeaf;

export interface DiffLine {
  path: string[];
  /** undefined: the field did not exist on that side (a creation, a deletion). */
  before: Leaf | undefined;
  after: Leaf | undefined;
}

// Bookkeeping the services add beside the snapshot ("changed": the list of codes a save touched; "kept": others'
// changes a merged save kept, decision 0041).
const META_KEYS = new Set(["changed", "kept"]);

function isFigure(v: unknown): v is FigureLeaf {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "value" in v && "qualifier" in v;
}

function flatten(v: unknown, path: string[], out: Map<string, { path: string[]; value: Leaf }>): void {
  // Nothing recorded on that side (Json null at the top): no fields, not one null field.
  if (v === undefined || (v === null && path.length === 0)) return;
  if (isFigure(v) || v === null || typeof v !== "object") {
    out.set(JSON.stringify(path), { path, value: isFigure(v) || v === null || ["string", "number", "boolean"].includes(typeof v) ? (v as Leaf) : String(v) });
    return;
  }
  if (Array.isArray(v)) {
    out.set(JSON.stringify(path), { path, value: v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ") });
    return;
  }
  for (const [k, child] of Object.entries(v)) {
    if (path.length === 0 && META_KEYS.has(k)) continue;
    flatten(child, [...path, k], out);
  }
}

const same = (a: Leaf | undefined, b: Leaf | undefined) => JSON.stringify(a) === JSON.stringify(b);

export function auditDiff(before: unknown, after: unknown): DiffLine[] {
  const b = new Map<string, { path: string[]; value: Leaf }>();
  const a = new Map<string, { path: string[]; value: Leaf }>();
  flatten(before, [], b);
  flatten(after, [], a);
  const lines: DiffLine[] = [];
  for (const [key, { path, value }] of a) {
    const old = b.get(key)?.value;
    if (!same(old, value)) lines.push({ path, before: old, after: value });
  }
  for (const [key, { path, value }] of b) {
    if (!a.has(key)) lines.push({ path, before: value, after: undefined });
  }
  return lines;
}
