// The public pages and the open-data API read approved figures through this cache. Pages are rendered once
// and then served whole from Next's cache; approving (or reopening) a report calls refreshPublicData(), which
// marks everything stale: the next reader still gets the cached page at once while a fresh one renders
// (stale-while-revalidate), so no reader waits on the database for the common pages.
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { after } from "next/server";
import { invalidateResponseCache } from "./response-cache-key";

export const PUBLIC_DATA_TAG = "public-data";
/** A safety net only: changes arrive through refreshPublicData(). */
const MAX_AGE_SECONDS = 3600;

// Outside a Next.js server (scripts, integration tests) there is no cache to use: call straight through.
const inNextServer = () => !!process.env.NEXT_RUNTIME;

export function cachedPublic<A extends unknown[], R>(key: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const cached = unstable_cache(fn, [key], { tags: [PUBLIC_DATA_TAG], revalidate: MAX_AGE_SECONDS });
  return (...args: A) => (inNextServer() ? cached(...args) : fn(...args));
}

/** Called after a committed change to public figures; never throws (the change is saved either way). */
export function refreshPublicData(): void {
  if (!inNextServer()) return;
  // The server's response cache (server/response-cache.ts) sits in front of Next's. Next applies the tag only
  // when this request ends, so the cache is emptied now and again after the response: a page Next served
  // from its old entry in between is not kept.
  try {
    invalidateResponseCache();
    revalidateTag(PUBLIC_DATA_TAG, "max");
    after(invalidateResponseCache);
  } catch (err) {
    console.error("refreshPublicData: the public pages refresh within the hour instead", err);
  }
}
