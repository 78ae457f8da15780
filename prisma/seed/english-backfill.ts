// Databases seeded before the English columns existed keep their rows (the seed never overwrites), so their
// English notes and glosses stayed empty. This fills every empty one whose Vietnamese text the seed knows,
// and leaves alone any English someone has since written. Safe to run on every seed.
import type { Prisma } from "@/lib/generated/prisma/client";
import { NOTES_EN, QUOTES_EN } from "./facts/english";

/** Table, Vietnamese column, English column, and which dictionary translates it. */
const COLUMNS = [
  ["Source", "note", "noteEn", "note"],
  ["Source", "attributionNote", "attributionNoteEn", "note"],
  ["Term", "note", "noteEn", "note"],
  ["Target", "note", "noteEn", "note"],
  ["Target", "quote", "quoteEn", "quote"],
  ["ReportValue", "note", "noteEn", "note"],
  ["ReportValue", "quote", "quoteEn", "quote"],
] as const;

/** Rows given their English text, summed over the columns. */
export async function fillMissingEnglish(tx: Prisma.TransactionClient): Promise<number> {
  const dictionaries = { note: Object.entries(NOTES_EN), quote: Object.entries(QUOTES_EN) };
  let filled = 0;
  for (const [table, vi, en, kind] of COLUMNS) {
    const pairs = dictionaries[kind];
    // Identifiers come from the list above, never from input; the texts are parameters.
    filled += await tx.$executeRawUnsafe(
      `UPDATE "${table}" AS t SET "${en}" = d.en FROM unnest($1::text[], $2::text[]) AS d(vi, en) WHERE t."${en}" IS NULL AND t."${vi}" = d.vi`,
      pairs.map(([v]) => v),
      pairs.map(([, e]) => e),
    );
  }
  return filled;
}
