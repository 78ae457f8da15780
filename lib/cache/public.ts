// The public pages and the open-data API read approved figures through this cache. Pages are rendered once
// and then served whole from Next's cache; approving (or reopening) a report calls refreshPublicData(), which
// marks everything stale: the next reader still gets the cached page at once while a fresh one renders
// (stale-while-revalidate), so no reader waits on the database for the common pages.
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

export const PUBLIC_DATA_TAG = "public-data";
/** A safety net only: changes arrive through refreshPublicData(). */
const MAX_AGE_SECONDS = 3600;

// Outside a Next.js server (scripts, integration tests) there is no cache to use: call straight through.
const inNextServer = () => !!process.env.NEXT_RUNTIME;

export function cachedPublic<A extends unknown[], R>(key: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const cached = unstable_cache(fn, [key], { tags: [PUBLIC_DATA_TAG], revalidate: MAX_AGE_SECONDS });
  return (...args: A) => (inNextServer() ? cached(...args) : fn(...args));
}

export function refreshPublicData(): void {
  if (inNextServer()) revalidateTag(PUBLIC_DATA_TAG, "max");
}
