// Users and reports for tests, made the way the app makes them.
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import type { ReportStatus, Role } from "@/lib/generated/prisma/enums";

let n = 0;

export async function makeUser(db: PrismaClient, role: Role, provinceSlug?: string): Promise<Actor & { email: string }> {
  const province = provinceSlug ? await db.province.findUniqueOrThrow({ where: { slug: provinceSlug } }) : null;
  const email = `${role.toLowerCase()}.${provinceSlug ?? "all"}.${++n}@test.local`;
  // A hash of nothing anyone can type: these users are handed to services directly, not logged in.
  const u = await db.user.create({ data: { email, name: `${role} ${provinceSlug ?? ""}`.trim(), role, provinceId: province?.id ?? null, passwordHash: "!" } });
  return { id: u.id, role: u.role, provinceId: u.provinceId, email };
}

/** A province with only what the schema requires, valid from 1 July 2025 (after the merger) unless said. */
export async function makeProvince(db: PrismaClient, p: { code: string; slug: string; name: string; validFrom?: Date; validUntil?: Date }): Promise<number> {
  return (await db.province.create({ data: { validFrom: new Date("2025-07-01"), ...p } })).id;
}

type UserSpec = readonly [Role, string?];

/** Several users at once, made in the order given: `makeUsers(db, { editor: ["PROVINCE_EDITOR", "thai-nguyen"], admin: ["ADMIN"] })`. */
export async function makeUsers<K extends string>(db: PrismaClient, spec: Record<K, UserSpec>): Promise<Record<K, Actor & { email: string }>> {
  const users = {} as Record<K, Actor & { email: string }>;
  for (const [name, [role, province]] of Object.entries(spec) as [K, UserSpec][]) users[name] = await makeUser(db, role, province);
  return users;
}

/** A report in the given state with one value (coops_new), replacing any report of that province and year. */
export async function makeReport(db: PrismaClient, slug: string, year: number, status: ReportStatus, coopsNew = 30) {
  const province = await db.province.findUniqueOrThrow({ where: { slug } });
  const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "coops_new" } });
  await db.yearlyReport.deleteMany({ where: { provinceId: province.id, year } });
  return db.yearlyReport.create({
    data: {
      provinceId: province.id, year, status, version: 1,
      approvedAt: status === "APPROVED" ? new Date() : null,
      values: { create: { indicatorId: indicator.id, fromYear: year, value: coopsNew } },
    },
  });
}
