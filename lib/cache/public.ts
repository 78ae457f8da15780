// The public pages and the open-data API read approved figures through this cache. Pages are rendered once
// and then served whole from Next's cache; approving (or reopening) a report calls refreshPublicData(), which
// marks everything stale: the next reader still gets the cached page at once while a fresh one renders
// (stale-while-revalidate), so no reader waits on the database for the common pages.
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

export const PUBLIC_DATA_TAG = "public-data";
/** A safety net only: changes arrive through refreshPublicData(). */
const MAX_AGE_SECONDS = 3600;

export function cachedPublic<A extends unknown[], R>(key: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return unstable_cache(fn, [key], { tags: [PUBLIC_DATA_TAG], revalidate: MAX_AGE_SECONDS });
}

export function refreshPublicData(): void {
  revalidateTag(PUBLIC_DATA_TAG, "max");
}
