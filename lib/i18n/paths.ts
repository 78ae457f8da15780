import { sameSitePath } from "@/lib/domain/same-site-path";
import type { Locale } from "@/lib/domain/types";
import { DEFAULT_LOCALE } from "./config";

// Vietnamese pages live at the root (/tinh/thai-nguyen), English ones under /en (/en/tinh/thai-nguyen);
// next.config.ts rewrites the root to the [locale] segment.

/** The address of `path` ("/tinh/x") in a language. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The address of the page at `pathname` (as the browser shows it) in the other language, or that language's home
 * page when the result would not be a plain path on this site ("/en//evil.example" must not link to //evil.example).
 */
export function switchLocalePath(pathname: string, to: Locale): string {
  const bare = pathname.replace(/^\/(en|vi)(?=\/|$)/, "") || "/";
  return sameSitePath(localePath(to, bare)) ?? localePath(to, "/");
}
