// Search by name without accents or case: "tan huong" finds "HTX chè Tân Hương". The database has no unaccent
// extension (PGlite has none, and we add none for one query). Folding the column per row (translate(),
// normalize()) cost ~50 µs a row — a quarter of a second for a province of 5,000 units — so instead the query is
// folded in JS and turned into a regular expression in which each letter matches all its accented forms in
// both cases ("t" → [tT], "a" → [aAàÀáÁ…]). Postgres compiles it once per query: ~15 ms for 5,000 units.
import { asciiFold } from "@/lib/domain/slug";

const VIETNAMESE_LETTERS: Record<string, string> = {
  a: "àáạảãâầấậẩẫăằắặẳẵ",
  e: "èéẹẻẽêềếệểễ",
  i: "ìíịỉĩ",
  o: "òóọỏõôồốộổỗơờớợởỡ",
  u: "ùúụủũưừứựửữ",
  y: "ỳýỵỷỹ",
  d: "đ",
};

/** The ASCII, lower-case, single-spaced form of a name or a query. */
export function foldName(s: string): string {
  return asciiFold(s).replace(/\s+/g, " ").trim();
}

function letterClass(ch: string): string {
  const accented = VIETNAMESE_LETTERS[ch] ?? "";
  return `[${ch}${ch.toUpperCase()}${accented}${accented.toUpperCase()}]`;
}

/**
 * A Postgres regular expression (for `~`) that finds the query anywhere in a name stored in NFC, ignoring
 * accents and case. Case is spelled out in the classes rather than left to `~*`, whose folding of non-ASCII
 * letters depends on the database's locale (PGlite's is C).
 */
export function accentInsensitivePattern(query: string): string {
  return [...foldName(query)]
    .map((ch) => (/[a-z]/.test(ch) ? letterClass(ch) : ch === " " ? "\\s+" : ch.replace(/[.^$*+?()[\]{}|\\-]/g, "\\$&")))
    .join("");
}
