// Reads for the user and audit pages. Callers check can() first: the user list is for those who manage users.
import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { compareVi } from "@/lib/domain/collation";

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  provinceId: number | null;
  provinceName: string | null;
  disabled: boolean;
  createdAt: Date;
}

export async function listUsers(): Promise<UserRow[]> {
  const rows = await db.user.findMany({
    orderBy: [{ disabled: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, provinceId: true, disabled: true, createdAt: true, province: { select: { name: true } } },
  });
  return rows.map(({ province, ...u }) => ({ ...u, provinceName: province?.name ?? null }));
}

export interface ProvinceOption {
  id: number;
  slug: string;
  name: string;
  merged: boolean;
}

/** Every province for a select: today's first, then the merged ones, each by name. */
export async function provinceOptions(): Promise<ProvinceOption[]> {
  const rows = await db.province.findMany({ select: { id: true, slug: true, name: true, validUntil: true } });
  return rows
    .map((p) => ({ id: p.id, slug: p.slug, name: p.name, merged: p.validUntil !== null }))
    .sort((a, b) => Number(a.merged) - Number(b.merged) || compareVi(a.name, b.name));
}
