// Inserts many units with one statement per batch: the columns travel as 13 arrays unnested by Postgres. Prisma's
// createMany builds one parameter per cell (28,000 for 2,000 rows), which made a 50,000-row import spend ~40 s
// in the client; this takes a few seconds. CHECK constraints and foreign keys still apply to every row.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UnitInput } from "@/lib/validation/register-unit";

type Tx = Prisma.TransactionClient;
export type NewUnit = UnitInput & { provinceId: number };

export async function insertUnits(tx: Tx, units: NewUnit[], returning: boolean): Promise<{ id: number; name: string }[]> {
  if (units.length === 0) return [];
  const col = <T>(f: (u: NewUnit) => T) => units.map(f);
  const query = Prisma.sql`
    INSERT INTO "RegisterUnit" ("provinceId", "type", "name", "registrationNo", "sector", "commune", "foundedYear", "dissolvedYear",
                                "members", "workers", "rating", "ratingYear", "unionId", "updatedAt")
    SELECT t.province, t.type::"UnitType", t.name, t.reg, t.sector::"Sector", t.commune, t.founded, t.dissolved,
           t.members, t.workers, t.rating::"Rating", t.rating_year, t.union_id, now()
    FROM unnest(
      ${col((u) => u.provinceId)}::int[], ${col((u) => u.type)}::text[], ${col((u) => u.name)}::text[], ${col((u) => u.registrationNo)}::text[],
      ${col((u) => u.sector)}::text[], ${col((u) => u.commune)}::text[], ${col((u) => u.foundedYear)}::int[], ${col((u) => u.dissolvedYear)}::int[],
      ${col((u) => u.members)}::int[], ${col((u) => u.workers)}::int[], ${col((u) => u.rating)}::text[], ${col((u) => u.ratingYear)}::int[],
      ${col((u) => u.unionId)}::int[]
    ) AS t(province, type, name, reg, sector, commune, founded, dissolved, members, workers, rating, rating_year, union_id)`;
  if (!returning) {
    await tx.$executeRaw`${query}`;
    return [];
  }
  return tx.$queryRaw<{ id: number; name: string }[]>`${query} RETURNING id, name`;
}
