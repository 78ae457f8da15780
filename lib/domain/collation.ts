// Names in Vietnamese alphabetical order, the one comparator of every list: "Đ" after "D" (not after "Z", as the
// databases' C collation puts it), ă after a, case and tones folded ("an giang" beside "An Giang"; decision 0043).
// Node's ICU carries the Vietnamese tailoring (tests/unit/collation.test.ts checks it); ties fall back to code
// points so that a sort is the same on every run.
const collator = new Intl.Collator("vi", { sensitivity: "base" });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** For `.sort()` of anything with a name. */
export const byName = (a: { name: string }, b: { name: string }) => compareVi(a.name, b.name);
