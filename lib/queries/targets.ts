// Reads for the target pages: a province's terms (with how many targets each has), one term's targets, and
// what the target form offers (the indicator catalogue, the province's sources).
import "server-only";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { compareVi } from "@/lib/domain/collation";
import { targetProvince, termOf } from "@/lib/services/targets/access";

export async function termsOfProvince(db: PrismaClient, { actor, slug }: { actor: Actor | null; slug: string }) {
  const province = await targetProvince(db, actor, slug, "read");
  const terms = await db.term.findMany({
    where: { provinceId: province.id },
    orderBy: { startYear: "desc" },
    select: { id: true, congress: true, startYear: true, endYear: true, label: true, yearsInferred: true, note: true, _count: { select: { targets: true } } },
  });
  return { province, terms: terms.map(({ _count, ...t }) => ({ ...t, targetCount: _count.targets })) };
}

export async function termWithTargets(db: PrismaClient, { actor, slug, startYear, endYear }: { actor: Actor | null; slug: string; startYear: number; endYear: number }) {
  const province = await targetProvince(db, actor, slug, "read");
  const term = await termOf(db, province.id, startYear, endYear);
  const [targets, indicators, sources] = await Promise.all([
    db.target.findMany({
      where: { termId: term.id },
      orderBy: [{ indicator: { sortOrder: "asc" } }, { id: "asc" }],
      select: {
        id: true, kind: true, year: true, min: true, max: true, qualifier: true, derived: true, note: true, quote: true, sourceId: true,
        indicator: { select: { code: true, nameVi: true, nameEn: true, unit: true, kind: true } },
        source: { select: { id: true, title: true } },
      },
    }),
    db.indicator.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, nameVi: true, nameEn: true, unit: true, kind: true, groupKey: true } }),
    // The province's own sources, and those of no province (national documents).
    db.source.findMany({ where: { OR: [{ provinceId: province.id }, { provinceId: null }] }, select: { id: true, title: true, publisher: true } }),
  ]);
  return {
    province,
    term,
    targets: targets.map((t) => ({ ...t, min: t.min.toNumber(), max: t.max?.toNumber() ?? null })),
    indicators,
    // Titles in Vietnamese order, which the database's C collation does not give (decision 0043).
    sources: sources.sort((a, b) => compareVi(a.title, b.title)),
  };
}
