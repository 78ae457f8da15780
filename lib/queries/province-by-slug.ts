// The province named in an address, as the server stores it: its id, never the client's, scopes every check
// (lib/services/authorize.ts) and every read and write after it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ServiceError } from "@/lib/services/errors";

export async function provinceBySlug(tx: Prisma.TransactionClient, slug: string) {
  const p = await tx.province.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, validUntil: true } });
  if (!p) throw new ServiceError("NOT_FOUND");
  return p;
}
