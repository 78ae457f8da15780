// The one rule for taking Vietnamese text to plain ASCII: URL slugs, the register's search, the import's headers
// and words all fold through asciiFold().

/** Lower-case ASCII letters without accents; everything else (digits, spaces, punctuation) as it was. */
export function asciiFold(text: string): string {
  return (
    text
      // "đ" is a separate letter, not d + a combining mark, so NFD leaves it alone.
      .replace(/[đĐ]/g, "d")
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
  );
}

/** ASCII slugs for URLs built from Vietnamese place names: "Bà Rịa – Vũng Tàu" → "ba-ria-vung-tau". */
export function slugify(name: string): string {
  return asciiFold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
