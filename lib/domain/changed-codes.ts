// Which values of a report differ between two copies: what the audit log records as changed, what a conflict
// highlights and what the form's local draft compares. Pure, so the browser's form uses the server's rule.
interface Value {
  value: number;
  qualifier: string;
  high?: number | null;
}

/** The codes whose value differs between two snapshots (added, removed or changed). */
export function changedCodes(a: Record<string, Value>, b: Record<string, Value>): string[] {
  const codes = new Set([...Object.keys(a), ...Object.keys(b)]);
  const same = (x?: Value, y?: Value) => !!x && !!y && x.value === y.value && x.qualifier === y.qualifier && (x.high ?? null) === (y.high ?? null);
  return [...codes].filter((c) => !same(a[c], b[c])).sort();
}
