import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export interface AuditInput {
  actorId: number;
  entity: string;
  entityId: string | number;
  action: string;
  provinceId: number | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Writes the audit entry inside the caller's transaction: the change and its record commit together. */
export async function audit(tx: Tx, e: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: e.actorId, entity: e.entity, entityId: String(e.entityId), action: e.action, provinceId: e.provinceId,
      before: e.before === undefined ? undefined : (e.before as Prisma.InputJsonValue),
      after: e.after === undefined ? undefined : (e.after as Prisma.InputJsonValue),
      reason: e.reason ?? null,
    },
  });
}
