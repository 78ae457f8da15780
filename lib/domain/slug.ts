// ASCII slugs for URLs built from Vietnamese place names.
export function slugify(name: string): string {
  return (
    name
      // "đ" is a separate letter, not d + a combining mark, so NFD leaves it alone.
      .replace(/[đĐ]/g, "d")
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}
