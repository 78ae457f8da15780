// Where to go after signing in: only a path on this site (an open-redirect guard), in the page's language.
import type { Locale } from "../domain/types";
import { localePath } from "../i18n/paths";

const BASE = "http://same.site";
const FALLBACK = "/quan-ly";

/** `raw` if it is a same-site path (made into `locale`'s address when it has no language prefix), else /quan-ly. */
export function safeBackPath(raw: unknown, locale: Locale): string {
  const fallback = localePath(locale, FALLBACK);
  if (typeof raw !== "string" || raw.length > 2000) return fallback;
  // "//evil", "/\evil" and control characters are read as another host by some browsers.
  if (!raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname;
  // Back to the login page itself, or into the API, is never where a person wants to land.
  if (/^\/(?:(?:en|vi)\/)?(?:dang-nhap|api)(?:\/|$)/.test(path)) return fallback;
  const target = `${path}${url.search}${url.hash}`;
  return /^\/(en|vi)(\/|$)/.test(path) ? target : localePath(locale, target);
}
