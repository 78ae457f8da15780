// The provinces whose register (or targets) a user may open, for the index pages' pickers: today's provinces
// first, then those merged away in 2025 (their units and terms stay under them).
import "server-only";
import { can, type Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { byName } from "@/lib/domain/collation";

export async function provincesForActor(db: PrismaClient, actor: Actor, action: "register:read" | "target:read") {
  // Sorted here, not by the database: its C collation puts "Đ" after "Z" (decision 0043).
  const rows = (await db.province.findMany({ select: { id: true, slug: true, name: true, validUntil: true } })).sort(byName);
  const visible = rows.filter((p) => can(actor, action, { provinceId: p.id }));
  return { current: visible.filter((p) => p.validUntil === null), merged: visible.filter((p) => p.validUntil !== null) };
}
