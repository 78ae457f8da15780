// Where server/main.ts leaves its response cache for the app's code to find. A global symbol, because the
// server's module and the modules Next bundles are different copies of any module they share.
export const RESPONSE_CACHE_KEY = Symbol.for("htx.response-cache");

export interface Invalidatable {
  invalidate(): void;
}

/** Empties the response cache of this process, when there is one (not under `next dev` or in scripts). */
export function invalidateResponseCache(): void {
  const cache = (globalThis as Record<symbol, Invalidatable | null | undefined>)[RESPONSE_CACHE_KEY];
  cache?.invalidate();
}
