import "server-only";
import type { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FieldError } from "@/lib/validation/field-errors";
import { reportFieldError, type FieldProblem } from "@/lib/validation/report-values";
import { ServiceError } from "@/lib/services/errors";

/** Field-by-field problems, naming related indicators by their Vietnamese and English names (the edge picks). */
export async function problemsToDetails(problems: FieldProblem[], db: Pick<PrismaClient, "indicator">): Promise<{ fields: FieldError[] }> {
  const names = new Map((await db.indicator.findMany({ select: { code: true, nameVi: true, nameEn: true } })).map((i) => [i.code, i]));
  const nameOf = (c: string) => ({ vi: names.get(c)?.nameVi ?? c, en: names.get(c)?.nameEn ?? c });
  return { fields: problems.map((p) => reportFieldError(p, nameOf)) };
}

/** A body that does not even have the right shape: say where. */
export function invalidFromZod(error: z.ZodError): ServiceError {
  return new ServiceError("INVALID", {
    fields: error.issues.map((i): FieldError => {
      const path = i.path.join(".") || "body";
      return { field: path, code: "MALFORMED", key: "report.MALFORMED_BODY", params: { path, detail: i.message } };
    }),
  });
}
