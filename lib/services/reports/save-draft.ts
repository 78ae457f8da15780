// Saves a draft of a province's yearly report: the same service behind the form and PUT /api/v1/…/reports/{year}.
import "server-only";
import type { Actor } from "@/lib/authz";
import { stateRefusal, stepRefusal } from "@/lib/domain/report-workflow";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { checkReportValues, outlierWarnings, saveDraftBody, type OutlierWarning } from "@/lib/validation/report-values";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { provinceBySlug } from "@/lib/queries/province-by-slug";
import { changesSince, yearValues } from "@/lib/queries/report-snapshot";
import { withServerCopy } from "./conflict";
import { changedCodes } from "@/lib/domain/changed-codes";
import { invalidFromZod, problemsToDetails } from "./problems";
import { reportSlot, throwIfRefused } from "./workflow-checks";

export interface ReportState {
  id: number;
  year: number;
  status: string;
  version: number;
}

export async function saveDraft(
  db: PrismaClient,
  { actor, slug, year, body }: { actor: Actor | null; slug: string; year: number; body: unknown },
): Promise<{ report: ReportState; warnings: OutlierWarning[] }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const parsed = saveDraftBody.safeParse(body);
  if (!parsed.success) throw invalidFromZod(parsed.error);
  const { version, values } = parsed.data;
  const province = await provinceBySlug(db, slug);
  throwIfRefused(stepRefusal("save", reportSlot(province, year), actor), { year });
  const catalogue = await db.indicator.findMany({ select: { id: true, code: true, unit: true, kind: true, partOfCode: true } });
  const problems = checkReportValues(values, catalogue);
  if (problems.length) throw new ServiceError("INVALID", await problemsToDetails(problems, db));
  const indicatorId = new Map(catalogue.map((c) => [c.code, c.id]));

  // Everything the answer needs is read inside the transaction: once it commits, nothing may turn the saved
  // draft into an error answer (a database restart just after the commit once did, and the user retyped it).
  const { saved: report, lastYear } = await db.$transaction(async (tx) => {
    let current = await tx.yearlyReport.findUnique({ where: { provinceId_year: { provinceId: province.id, year } } });
    const creating = !current;
    if (!current) {
      // Version 0 means "I am creating it": someone else did first if it exists now (the unique key says so).
      if (version !== 0) throw new ServiceError("CONFLICT", { current: null, changes: [] });
      current = await tx.yearlyReport.create({ data: { provinceId: province.id, year, version: 1, lastEditedById: actor.id } }).catch((e: { code?: string }) => {
        throw e.code === "P2002" ? new ServiceError("CONFLICT", { current: null, changes: [] }) : e;
      });
    }
    throwIfRefused(stateRefusal("save", current, actor), { year, status: current.status });
    const before = creating ? {} : await yearValues(tx, current.id, year);
    if (!creating) {
      if (current.version !== version) {
        throw new ServiceError("CONFLICT", { current: { version: current.version, status: current.status, values: before }, changes: await changesSince(tx, current.id, version) });
      }
      // Claim the version first: of two saves based on the same version, only one can move it on.
      const claimed = await tx.yearlyReport.updateMany({ where: { id: current.id, version }, data: { version: { increment: 1 }, returnComment: null, lastEditedById: actor.id } });
      if (claimed.count === 0) throw new ServiceError("CONFLICT", { current: null, changes: [] });
    }
    await tx.reportValue.deleteMany({ where: { reportId: current.id, dimension: "", fromYear: year, indicatorId: { notIn: Object.keys(values).map((c) => indicatorId.get(c)!) } } });
    for (const [code, v] of Object.entries(values)) {
      const key = { reportId: current.id, indicatorId: indicatorId.get(code)!, dimension: "", fromYear: year };
      const data = { qualifier: v.qualifier, value: v.value, high: v.high };
      await tx.reportValue.upsert({ where: { reportId_indicatorId_dimension_fromYear: key }, create: { ...key, ...data }, update: data });
    }
    const saved = { id: current.id, year, status: "DRAFT", version: creating ? 1 : version + 1 };
    await audit(tx, {
      actorId: actor.id, entity: "YearlyReport", entityId: current.id, action: creating ? "create" : "save", provinceId: province.id,
      before: { version, values: before }, after: { version: saved.version, values, changed: changedCodes(before, values) },
    });
    const previous = await tx.yearlyReport.findUnique({ where: { provinceId_year: { provinceId: province.id, year: year - 1 } }, select: { id: true } });
    const last = previous ? await yearValues(tx, previous.id, year - 1) : {};
    return { saved, lastYear: Object.fromEntries(Object.entries(last).map(([k, v]) => [k, v.value])) };
  }).catch(async (e: unknown) => {
    throw await withServerCopy(db, e, { actor, provinceId: province.id, year, version });
  });
  return { report, warnings: outlierWarnings(values, lastYear, catalogue) };
}
