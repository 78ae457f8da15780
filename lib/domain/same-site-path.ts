// The one rule for every redirect target that comes from a request (?back=, next-auth's callbackUrl, the language
// switch): it must be a path on this site, judged AFTER the URL parser has normalised it. Checking the raw string
// and then resolving it is the classic hole: "/x/..//evil.example", "/%2e%2e//evil.example" and "/.//evil.example"
// pass a raw check and resolve to "//evil.example", which a browser reads as another host.
const BASE = "http://same.site";
const MAX_LENGTH = 2000;
// Backslashes are read as slashes by browsers; control characters (C0, DEL, C1) and line separators are dropped
// or mangled by parsers, so a path holding them means different things to different readers.
const BAD_CHARS = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;

/** A path that stays on this site: starts with one "/", never "//" or "/\", no backslash or control character. */
function isPlainPath(text: string): boolean {
  return text.startsWith("/") && !text.startsWith("//") && !BAD_CHARS.test(text);
}

/** `text` percent-decoded until it stops changing (at most 3 rounds), or null if it never settles or is malformed. */
function decodeFully(text: string): string | null {
  let current = text;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * `raw` as a normalised same-site path ("/a/b?q#h"), or null when it is anything else: absolute or
 * protocol-relative URLs, `javascript:` and other schemes, back slashes, control characters, or a path that
 * only becomes one of these after dot segments are resolved or percent-encoding is decoded (as a server or a
 * browser down the line might).
 */
export function sameSitePath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > MAX_LENGTH || !isPlainPath(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const target = `${url.pathname}${url.search}${url.hash}`;
  // The resolved path is where the browser goes: it must pass the check itself, also once decoded.
  const decoded = decodeFully(url.pathname);
  if (!isPlainPath(target) || decoded === null || !isPlainPath(decoded) || DOT_SEGMENT.test(decoded)) return null;
  // Nothing left to normalise: parsing the answer again gives the answer.
  const again = new URL(target, BASE);
  if (again.origin !== BASE || `${again.pathname}${again.search}${again.hash}` !== target) return null;
  return target;
}

/** The decoded path part of a value sameSitePath accepted (for matching routes such as /dang-nhap). */
export function decodedPathname(path: string): string {
  const pathname = new URL(path, BASE).pathname;
  return decodeFully(pathname) ?? pathname;
}
