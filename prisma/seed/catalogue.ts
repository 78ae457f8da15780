// The reference rows every database holds, demo or synthetic: the provinces with the 2025 merger, and the
// indicator catalogue. Shared by seedDemo and seedSynthetic so both describe the same country.
// ON CONFLICT DO NOTHING (skipDuplicates) on the natural keys: loading twice changes nothing.
import type { Prisma } from "@/lib/generated/prisma/client";
import { INDICATORS } from "./indicators";
import { MERGER_EFFECTIVE_DATE, MERGER_LEGAL_BASIS, PROVINCE_VALID_FROM, PROVINCES } from "./provinces";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LAST_DAY_BEFORE_MERGER = day("2025-06-30");

/** A key → id lookup that fails loudly on a reference the seed data got wrong. */
export function lookup<T extends { id: number }>(rows: T[], key: (r: T) => string) {
  const map = new Map(rows.map((r) => [key(r), r.id]));
  return (k: string) => {
    const id = map.get(k);
    if (id === undefined) throw new Error(`seed: unknown reference "${k}"`);
    return id;
  };
}

export async function seedCatalogue(tx: Prisma.TransactionClient) {
  const created: Record<string, number> = {};
  created.provinces = (await tx.province.createMany({
    skipDuplicates: true,
    data: PROVINCES.map((p) => ({
      code: p.code, slug: p.slug, name: p.name, formerName: p.formerName ?? null, isCity: p.isCity,
      validFrom: day(PROVINCE_VALID_FROM), validUntil: p.mergedInto ? LAST_DAY_BEFORE_MERGER : null,
    })),
  })).count;
  const province = lookup(await tx.province.findMany({ select: { id: true, slug: true } }), (p) => p.slug);

  created.merges = (await tx.provinceMerge.createMany({
    skipDuplicates: true,
    data: PROVINCES.filter((p) => p.mergedInto).map((p) => ({
      fromId: province(p.slug), toId: province(p.mergedInto!), effectiveDate: day(MERGER_EFFECTIVE_DATE), legalBasis: MERGER_LEGAL_BASIS,
    })),
  })).count;

  created.indicators = (await tx.indicator.createMany({
    skipDuplicates: true,
    data: INDICATORS.map((i, n) => ({ ...i, sortOrder: (n + 1) * 10 })),
  })).count;
  // A database seeded before an indicator was added keeps its rows: put the catalogue back in the list's order,
  // so the new ones sit in their group (the order is the seed's alone; nothing in the app edits it).
  created.indicatorOrder = await tx.$executeRaw`
    UPDATE "Indicator" AS i SET "sortOrder" = d.sort FROM unnest(${INDICATORS.map((i) => i.code)}::text[], ${INDICATORS.map((_, n) => (n + 1) * 10)}::int[]) AS d(code, sort)
    WHERE i.code = d.code AND i."sortOrder" <> d.sort`;
  const indicator = lookup(await tx.indicator.findMany({ select: { id: true, code: true } }), (i) => i.code);

  return { created, province, indicator };
}
