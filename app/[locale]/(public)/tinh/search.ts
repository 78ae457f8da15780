// The index's search: accents and case do not matter ("bac kan" finds Bắc Kạn), and a province is also found by
// its former name and, for a successor, by the names of the provinces it absorbed.
import { foldName } from "@/lib/domain/search-text";
import type { IndexEntry } from "@/lib/queries/province-index";

/** The text a query is matched against, folded once (the page puts it on each row for the in-page filter too). */
export function searchText(e: IndexEntry): string {
  return foldName([e.name, e.formerName ?? "", e.slug.replace(/-/g, " "), ...e.absorbed.map((a) => a.name)].join(" | "));
}

/** ?q=… as the page reads it: the first value, trimmed, at most 100 characters; "" when absent. */
export function queryParam(raw: string | string[] | undefined): string {
  const q = Array.isArray(raw) ? raw[0] : raw;
  return (q ?? "").trim().slice(0, 100);
}

export function matches(e: IndexEntry, q: string): boolean {
  const folded = foldName(q);
  return folded === "" || searchText(e).includes(folded);
}
