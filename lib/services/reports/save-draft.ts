// Saves a draft of a province's yearly report: the same service behind the form and PUT /api/v1/…/reports/{year}.
import "server-only";
import type { Actor } from "@/lib/authz";
import { stateRefusal, stepRefusal } from "@/lib/domain/report-workflow";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { checkReportValues, outlierWarnings, saveDraftBody, type OutlierWarning, type ValueInput } from "@/lib/validation/report-values";
import { audit } from "@/lib/services/audit";
import { ServiceError } from "@/lib/services/errors";
import { provinceBySlug } from "@/lib/queries/province-by-slug";
import { changesSince, yearValues } from "@/lib/queries/report-snapshot";
import { lastReported } from "@/lib/queries/last-reported";
import { fieldConflicts, withServerCopy } from "./conflict";
import { mergeValues } from "@/lib/report-form/merge";
import { changedCodes } from "@/lib/domain/changed-codes";
import { invalidFromZod, problemsToDetails } from "./problems";
import { reportSlot, throwIfRefused } from "./workflow-checks";
import { dropUncitedValueSources } from "@/lib/services/sources/access";

export interface ReportState {
  id: number;
  year: number;
  status: string;
  version: number;
}

export async function saveDraft(
  db: PrismaClient,
  { actor, slug, year, body }: { actor: Actor | null; slug: string; year: number; body: unknown },
): Promise<{ report: ReportState; warnings: OutlierWarning[]; values: Record<string, ValueInput> }> {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const parsed = saveDraftBody.safeParse(body);
  if (!parsed.success) throw invalidFromZod(parsed.error);
  const { version, values, base, explanations } = parsed.data;
  const province = await provinceBySlug(db, slug);
  throwIfRefused(stepRefusal("save", reportSlot(province, year), actor), { year });
  const catalogue = await db.indicator.findMany({ select: { id: true, code: true, unit: true, kind: true, partOfCode: true } });
  const problems = checkReportValues(values, catalogue);
  if (problems.length) throw new ServiceError("INVALID", await problemsToDetails(problems, db));
  const indicatorId = new Map(catalogue.map((c) => [c.code, c.id]));

  // Everything the answer needs is read inside the transaction: once it commits, nothing may turn the saved
  // draft into an error answer (a database restart just after the commit once did, and the user retyped it).
  // A save with its base that lost a race to create the report is merged into the one that won: try again.
  const attempt = () => db.$transaction(async (tx) => {
    // One save of a report at a time: the next one reads what this one wrote, and merges onto it.
    await tx.$queryRaw`SELECT id FROM "YearlyReport" WHERE "provinceId" = ${province.id} AND year = ${year} FOR UPDATE`;
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
    // With a base, only what the writer changed from it is written (decision 0041).
    const merge = base && !creating ? mergeValues(base, values, before) : null;
    const written = merge?.values ?? values;
    if (merge && current.version !== version && merge.conflicts.length) {
      const changes = await changesSince(tx, current.id, version);
      const conflicts = fieldConflicts(merge.conflicts, { base: base!, mine: values, theirs: before }, changes);
      throw new ServiceError("CONFLICT", { current: { version: current.version, status: current.status, values: before }, changes, conflicts });
    }
    // Each copy obeyed the rules; their merge may not (one raised a part, the other lowered its whole).
    const mergedProblems = merge ? checkReportValues(written, catalogue) : [];
    if (mergedProblems.length) throw new ServiceError("INVALID", await problemsToDetails(mergedProblems, tx));
    if (!creating) {
      // A merge was made onto the version read here; without one, the save must be based on it.
      if (!merge && current.version !== version) {
        throw new ServiceError("CONFLICT", { current: { version: current.version, status: current.status, values: before }, changes: await changesSince(tx, current.id, version) });
      }
      // Claim the version first: of two saves based on the same version, only one can move it on. The return
      // comment stays: a returned report is "returned" on the board and in the inbox until it is submitted again.
      const claimed = await tx.yearlyReport.updateMany({ where: { id: current.id, version: current.version }, data: { version: { increment: 1 }, lastEditedById: actor.id } });
      if (claimed.count === 0) throw new ServiceError("CONFLICT", { current: null, changes: [] });
    }
    await tx.reportValue.deleteMany({ where: { reportId: current.id, dimension: "", fromYear: year, indicatorId: { notIn: Object.keys(written).map((c) => indicatorId.get(c)!) } } });
    // A value's own citation goes with the value; the upsert below leaves the others' sourceId as it is.
    await dropUncitedValueSources(tx, current.id);
    for (const [code, v] of Object.entries(written)) {
      const key = { reportId: current.id, indicatorId: indicatorId.get(code)!, dimension: "", fromYear: year };
      const data = { qualifier: v.qualifier, value: v.value, high: v.high, ...(explanations && code in explanations ? { explanation: explanations[code] || null } : {}) };
      await tx.reportValue.upsert({ where: { reportId_indicatorId_dimension_fromYear: key }, create: { ...key, ...data }, update: data });
    }
    const saved = { id: current.id, year, status: "DRAFT", version: creating ? 1 : current.version + 1 };
    await audit(tx, {
      actorId: actor.id, entity: "YearlyReport", entityId: current.id, action: creating ? "create" : "save", provinceId: province.id,
      before: { version: saved.version - 1, values: before },
      after: { version: saved.version, values: written, changed: changedCodes(before, written), ...(merge?.theirs.length ? { kept: merge.theirs } : {}), ...(explanations ? { explanations } : {}) },
    });
    return { saved, written, lastYear: await lastReported(tx, province.id, year) };
  });
  const raced = (e: unknown) => e instanceof ServiceError && e.code === "CONFLICT" && !(e.details as { current?: unknown } | undefined)?.current;
  const { saved: report, written, lastYear } = await attempt()
    .catch((e: unknown) => (base && raced(e) ? attempt() : Promise.reject(e)))
    .catch(async (e: unknown) => {
      throw await withServerCopy(db, e, { actor, provinceId: province.id, year, version });
    });
  return { report, warnings: outlierWarnings(written, lastYear, catalogue), values: written };
}
