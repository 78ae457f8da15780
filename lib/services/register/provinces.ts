// The provinces whose register (and targets) a user may open, for the index pages' pickers: today's provinces
// first, then those merged away in 2025 (their units and terms stay under them).
import type { Actor } from "../../authz";
import type { PrismaClient } from "../../generated/prisma/client";
import { mayReadRegister } from "./access";

export async function provincesForActor(db: PrismaClient, actor: Actor) {
  const rows = await db.province.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, validUntil: true } });
  const visible = rows.filter((p) => mayReadRegister(actor, p.id));
  return { current: visible.filter((p) => p.validUntil === null), merged: visible.filter((p) => p.validUntil !== null) };
}
