// Which provinces a year's reports are asked of: those that existed at the end of the year (34 after the 2025
// merger, 63 before). The database's form of lib/queries/board-shape.ts existsIn, for the inbox and the reminders.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export function existingAtEndOf(year: number): Prisma.ProvinceWhereInput {
  const end = new Date(Date.UTC(year, 11, 31));
  return { validFrom: { lte: end }, OR: [{ validUntil: null }, { validUntil: { gte: end } }] };
}
