// Where to go after signing in, and where next-auth may send a browser: only a path on this site, by the one rule
// in lib/domain/same-site-path.ts (judged after normalisation), in the page's language.
import type { Locale } from "@/lib/domain/types";
import { decodedPathname, sameSitePath } from "@/lib/domain/same-site-path";
import { localePath } from "@/lib/i18n/paths";

const FALLBACK = "/quan-ly";
// Back to the login page itself, or into the API, is never where a person wants to land.
const NOT_A_DESTINATION = /^\/(?:(?:en|vi)\/)?(?:dang-nhap|api)(?:\/|$)/i;

/** `raw` if it is a same-site path (made into `locale`'s address when it has no language prefix), else /quan-ly. */
export function safeBackPath(raw: unknown, locale: Locale): string {
  const fallback = localePath(locale, FALLBACK);
  const path = sameSitePath(raw);
  if (!path || NOT_A_DESTINATION.test(decodedPathname(path))) return fallback;
  const target = /^\/(en|vi)(\/|$)/.test(path) ? path : localePath(locale, path);
  // The language prefix must not make a safe path unsafe: the final address passes the same rule.
  return sameSitePath(target) === target ? target : fallback;
}

/**
 * next-auth's redirect callback: `url` (a callbackUrl, relative or absolute) if it is on this site, else the
 * site's root. next-auth's default accepts any same-origin URL, but checks a relative one only by its first "/".
 */
export function safeAuthRedirect(url: string, baseUrl: string): string {
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    return "/";
  }
  let candidate: string = url;
  if (!url.startsWith("/")) {
    try {
      const parsed = new URL(url);
      if (parsed.origin !== origin) return origin;
      candidate = `${parsed.pathname}${parsed.search}${parsed.hash}`;
    } catch {
      return origin;
    }
  }
  const path = sameSitePath(candidate);
  return path ? `${origin}${path}` : origin;
}
