// The province's cooperative unions, for the unit form's picker.
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { byName } from "@/lib/domain/collation";

export interface UnionOption {
  id: number;
  name: string;
  dissolvedYear: number | null;
}

/** The LH HTX of a province, by name: a few dozen at most. The caller has checked access to the province. */
export async function unionsOf(db: PrismaClient, provinceId: number): Promise<UnionOption[]> {
  const unions = await db.registerUnit.findMany({
    where: { provinceId, type: "LH_HTX" },
    orderBy: { id: "asc" },
    select: { id: true, name: true, dissolvedYear: true },
    take: 2000,
  });
  // In Vietnamese order, which the database's C collation does not give (decision 0043); a stable sort keeps ids in order.
  return unions.sort(byName);
}
