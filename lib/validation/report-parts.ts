// The rules between a report's values: a part never exceeds its whole (decision 0042). Pure; the form and the
// services apply them through checkReportValues.
import type { CatalogueEntry, FieldProblem, ValueInput } from "./report-values";

type Values = Record<string, ValueInput>;

// A new count is part of the year-end total it adds to (the catalogue's partOfCode says the rest).
const NEW_WITHIN_TOTAL: [string, string][] = [["coops_new", "coops_total"], ["groups_new", "groups_total"], ["unions_new", "unions_total"]];

// HTX that closed in the year (two separate procedures, never counted twice): the year-start count is
// total − new + dissolved + bankrupt, so more new HTX than the year-end total needs as many closures.
const EXITS: Record<string, string[]> = { coops_new: ["coops_dissolved", "coops_bankrupt"] };

// Parts of one whole that never overlap: together they cannot exceed it either (an HTX has one rating a year).
const DISJOINT_PARTS: string[][] = [["coops_rated_good", "coops_rated_fair", "coops_rated_average", "coops_rated_weak"]];

// The largest a value can be ("trên 200" has no largest), and the smallest.
const high = (v: ValueInput) => (v.qualifier === "AT_LEAST" ? Infinity : (v.high ?? v.value));

export function partProblems(values: Values, catalogue: CatalogueEntry[]): FieldProblem[] {
  const partOf = new Map(catalogue.filter((c) => c.partOfCode).map((c) => [c.code, c.partOfCode!]));
  // The nearest whole the report holds: a part of a part is checked against the whole above when its own is empty.
  const wholeOf = (code: string): string | null => {
    for (let w = partOf.get(code); w; w = partOf.get(w)) if (values[w]) return w;
    return null;
  };
  const problems: FieldProblem[] = [];
  const parts: [string, string | null][] = [...NEW_WITHIN_TOTAL, ...[...partOf.keys()].map((c) => [c, wholeOf(c)] as [string, string | null])];
  for (const [part, whole] of parts) {
    const p = values[part];
    const w = whole ? values[whole] : undefined;
    if (!p || !w) continue;
    const exits = (EXITS[part] ?? []).filter((c) => values[c]);
    const room = high(w) + exits.reduce((sum, c) => sum + high(values[c]), 0);
    if (p.value > room) problems.push(exits.length ? { field: part, code: "EXCEEDS_TOTAL_AND_EXITS", other: whole!, parts: exits } : { field: part, code: "EXCEEDS_TOTAL", other: whole! });
  }
  for (const group of DISJOINT_PARTS) {
    const present = group.filter((c) => values[c]);
    const whole = present.length > 1 ? wholeOf(present[0]) : null;
    if (!whole) continue;
    const sum = present.reduce((s, c) => s + values[c].value, 0);
    // Said at the last of them: each alone may be fine.
    if (sum > high(values[whole])) problems.push({ field: present[present.length - 1], code: "PARTS_EXCEED_TOTAL", other: whole, parts: present });
  }
  return problems;
}
