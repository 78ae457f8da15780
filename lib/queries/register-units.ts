// One page of a province's register, filtered by type, sector, status and a name search that ignores accents
// and case, with the total count. Offset paging over (provinceId, …): a province holds thousands of units at
// most (about 100,000 nationally), which the (provinceId, type, dissolvedYear) index narrows before the sort.
import "server-only";
import type { Actor } from "@/lib/authz";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { accentInsensitivePattern } from "@/lib/domain/search-text";
import type { RegisterFilters } from "@/lib/validation/register-filters";
import { registerProvince } from "@/lib/services/register/access";

export const PAGE_SIZE = 50;
/** The most rows an export writes: the import's own limit, so an export can always be imported again. */
export const EXPORT_LIMIT = 50_000;

export interface UnitRow {
  id: number;
  name: string;
  type: "HTX" | "LH_HTX" | "THT" | "QTDND";
  sector: string;
  commune: string | null;
  registrationNo: string | null;
  foundedYear: number;
  dissolvedYear: number | null;
  members: number | null;
  workers: number | null;
  rating: "GOOD" | "FAIR" | "AVERAGE" | "WEAK" | null;
  ratingYear: number | null;
  union: { id: number; name: string } | null;
}

const unitSelect = {
  id: true, name: true, type: true, sector: true, commune: true, registrationNo: true, foundedYear: true, dissolvedYear: true,
  members: true, workers: true, rating: true, ratingYear: true, union: { select: { id: true, name: true } },
} as const;

function whereSql(provinceId: number, f: Omit<RegisterFilters, "page">): Prisma.Sql {
  const parts = [Prisma.sql`"provinceId" = ${provinceId}`];
  if (f.type) parts.push(Prisma.sql`"type" = ${f.type}::"UnitType"`);
  if (f.sector) parts.push(Prisma.sql`"sector" = ${f.sector}::"Sector"`);
  if (f.status === "active") parts.push(Prisma.sql`"dissolvedYear" IS NULL`);
  if (f.status === "dissolved") parts.push(Prisma.sql`"dissolvedYear" IS NOT NULL`);
  if (f.q) parts.push(Prisma.sql`"name" ~ ${accentInsensitivePattern(f.q)}`);
  return Prisma.join(parts, " AND ");
}

/** Per client, so that a process talking to two databases (the tests: the server and PGlite) asks each. */
const collationNames = new WeakMap<PrismaClient, Promise<string>>();

/** The collations that sort names, best first: Vietnamese, then the tailored root order, then the root order. */
const NAME_COLLATIONS = ["vi-x-icu", "vi-htx", "und-x-icu"];

/**
 * Vietnamese ("vi-x-icu": Đ after D, case and tones folded) where the server's ICU has it, as Debian's Postgres
 * does; else "vi-htx", ICU's root order tailored with Vietnamese's letters by a migration (PGlite, decision 0044);
 * else ICU's root order ("und-x-icu": Đ among the D). About 10 ms on 5,000 names (0043). Asked once per client.
 */
function nameCollation(db: PrismaClient): Promise<string> {
  let name = collationNames.get(db);
  if (!name) {
    name = db.$queryRaw<{ collname: string }[]>`SELECT collname FROM pg_collation WHERE collname = ANY(${NAME_COLLATIONS})`
      .then((rows) => NAME_COLLATIONS.find((n) => rows.some((r) => r.collname === n)) ?? "und-x-icu")
      .catch((e) => { collationNames.delete(db); throw e; });
    collationNames.set(db, name);
  }
  return name;
}

async function idsAndTotal(db: PrismaClient, provinceId: number, f: RegisterFilters, limit: number, offset: number) {
  const where = whereSql(provinceId, f);
  // By name in an ICU collation, not the database's C order ("Đ" after "Z"); paged here, so not sortable in JS.
  const collation = Prisma.raw(`"${await nameCollation(db)}"`);
  const [ids, count] = await Promise.all([
    db.$queryRaw<{ id: number }[]>`SELECT id FROM "RegisterUnit" WHERE ${where} ORDER BY "name" COLLATE ${collation}, id LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "RegisterUnit" WHERE ${where}`,
  ]);
  return { ids: ids.map((r) => r.id), total: Number(count[0].n) };
}

async function rowsFor(db: PrismaClient, ids: number[]): Promise<UnitRow[]> {
  const rows = await db.registerUnit.findMany({ where: { id: { in: ids } }, select: unitSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

export async function listUnits(db: PrismaClient, { actor, slug, filters }: { actor: Actor | null; slug: string; filters: RegisterFilters }) {
  const province = await registerProvince(db, actor, slug, "read");
  const pages = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));
  let { ids, total } = await idsAndTotal(db, province.id, filters, PAGE_SIZE, (filters.page - 1) * PAGE_SIZE);
  let page = filters.page;
  // A page past the end (a bookmarked address, a unit dissolved meanwhile) shows the last page instead.
  if (ids.length === 0 && total > 0) {
    page = pages(total);
    ({ ids, total } = await idsAndTotal(db, province.id, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE));
  }
  return { province, rows: await rowsFor(db, ids), total, page, pageCount: pages(total), pageSize: PAGE_SIZE };
}

/** Every unit the filters select (no paging), for an export; `truncated` when there were more than the limit. */
export async function unitsForExport(db: PrismaClient, { actor, slug, filters }: { actor: Actor | null; slug: string; filters: RegisterFilters }) {
  const province = await registerProvince(db, actor, slug, "read");
  const { ids, total } = await idsAndTotal(db, province.id, filters, EXPORT_LIMIT, 0);
  const rows: UnitRow[] = [];
  // In slices: an IN list of 50,000 ids would be one very large query.
  for (let i = 0; i < ids.length; i += 5000) rows.push(...(await rowsFor(db, ids.slice(i, i + 5000))));
  return { province, rows, total, truncated: total > ids.length };
}
