// The register list as the user filtered it, to XLSX or CSV, in the import's own format (so it can be edited
// and imported elsewhere), with the province and the date in the file's name.
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/domain/types";
import type { RegisterFilters } from "@/lib/validation/register-filters";
import { unitsForExport, type UnitRow } from "@/lib/queries/register-units";
import { RATING_WORDS, REGISTER_COLUMNS, REGISTER_SHEET, SECTOR_WORDS, TYPE_WORDS, wordOf, type RegisterKey } from "./register-columns";
import { outFile, type FileFormat, type OutCell } from "./workbook";

const CELL: Record<RegisterKey, (u: UnitRow) => OutCell> = {
  name: (u) => u.name,
  type: (u) => wordOf(TYPE_WORDS, u.type),
  sector: (u) => wordOf(SECTOR_WORDS, u.sector as keyof typeof SECTOR_WORDS),
  commune: (u) => u.commune,
  registrationNo: (u) => u.registrationNo,
  foundedYear: (u) => u.foundedYear,
  dissolvedYear: (u) => u.dissolvedYear,
  members: (u) => u.members,
  workers: (u) => u.workers,
  rating: (u) => wordOf(RATING_WORDS, u.rating),
  ratingYear: (u) => u.ratingYear,
  union: (u) => u.union?.name ?? null,
};

export async function exportRegister(db: PrismaClient, { actor, slug, filters, format, locale, today = new Date() }: { actor: Actor | null; slug: string; filters: RegisterFilters; format: FileFormat; locale: Locale; today?: Date }) {
  const { province, rows, total, truncated } = await unitsForExport(db, { actor, slug, filters });
  const sheet = { name: REGISTER_SHEET, header: REGISTER_COLUMNS.map((c) => c.header), rows: rows.map((u) => REGISTER_COLUMNS.map((c) => CELL[c.key](u))) };
  const file = await outFile(`so-dang-ky-${province.slug}-${today.toISOString().slice(0, 10)}`, format, [sheet], locale);
  return { ...file, total, truncated };
}
