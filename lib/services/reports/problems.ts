import type { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import { problemMessage } from "../../validation/messages";
import type { FieldError } from "../../validation/field-errors";
import type { FieldProblem } from "../../validation/report-values";
import { ServiceError } from "../errors";

/** Field-by-field messages, both languages, naming related indicators by their Vietnamese/English names. */
export async function problemsToDetails(problems: FieldProblem[], db: Pick<PrismaClient, "indicator">): Promise<{ fields: FieldError[] }> {
  const names = new Map((await db.indicator.findMany({ select: { code: true, nameVi: true, nameEn: true } })).map((i) => [i.code, i]));
  return {
    fields: problems.map((p) => ({
      field: p.field,
      code: p.code,
      message: problemMessage(p, "vi", (c) => names.get(c)?.nameVi ?? c),
      messageEn: problemMessage(p, "en", (c) => names.get(c)?.nameEn ?? c),
    })),
  };
}

/** A body that does not even have the right shape: say where. */
export function invalidFromZod(error: z.ZodError): ServiceError {
  return new ServiceError("INVALID", {
    fields: error.issues.map((i) => ({
      field: i.path.join(".") || "body",
      code: "MALFORMED",
      message: `Dữ liệu không đúng dạng tại “${i.path.join(".") || "body"}”: cần số, hoặc { value, qualifier, high }.`,
      messageEn: `Malformed input at "${i.path.join(".") || "body"}": ${i.message}`,
    })),
  });
}
