// The public reads, shared within one rendering only (a page and its metadata read the same province once).
// Nothing is kept across requests here: whole public answers are kept in one place, the response cache in
// front of Next (server/response-cache.ts, docs/decisions/0016-one-cache.md). Outside a React server render
// (scripts, tests) React's cache() calls straight through.
import { cache } from "react";

export function perRequest<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return cache(fn);
}
