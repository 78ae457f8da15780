// An administrator sets the due day of a year's reports (ReportingDeadline; the default, 21 December, needs no
// row: lib/domain/deadlines.ts). Checked with can(), validated against the table's bounds, written and audited in
// one transaction.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { invalidFromZod } from "@/lib/services/reports/problems";
import { checkDeadline, deadlineInput } from "@/lib/validation/deadline";

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function setDeadline(db: PrismaClient, { actor, input }: { actor: Actor | null; input: unknown }) {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  if (!can(actor, "deadline:set", { provinceId: null })) throw new ServiceError("FORBIDDEN");
  const parsed = deadlineInput.safeParse(input);
  if (!parsed.success) throw invalidFromZod(parsed.error);
  const fields = checkDeadline(parsed.data);
  if (fields.length) throw new ServiceError("INVALID", { fields });
  const { year, dueOn } = parsed.data;
  const day = new Date(`${dueOn}T00:00:00Z`);
  return db.$transaction(async (tx) => {
    const before = await tx.reportingDeadline.findUnique({ where: { year }, select: { dueOn: true } });
    if (before && iso(before.dueOn) === dueOn) return { year, dueOn: day, changed: false };
    await tx.reportingDeadline.upsert({
      where: { year },
      create: { year, dueOn: day, updatedById: actor.id },
      update: { dueOn: day, updatedById: actor.id },
    });
    await audit(tx, {
      actorId: actor.id, entity: "ReportingDeadline", entityId: year, action: "set-deadline", provinceId: null,
      before: before ? { dueOn: iso(before.dueOn) } : null, after: { dueOn },
    });
    return { year, dueOn: day, changed: true };
  });
}
