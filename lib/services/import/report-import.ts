// Imports a yearly report's values from a file into the province's draft for that year, through saveDraft —
// the same checks, the same version guard, the same audit entry as the form. The file's values replace those
// of the same indicators; indicators the file leaves empty keep their values (an import never erases a
// figure by omission). The dry run returns the report's version, which the commit must send back.
import "server-only";
import type { Actor } from "@/lib/authz";
import { stepRefusal } from "@/lib/domain/report-workflow";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale, Qualifier } from "@/lib/domain/types";
import { fieldErrorFrom } from "@/lib/validation/field-errors";
import { checkReportValues, reportFieldError, type ValueInput } from "@/lib/validation/report-values";
import { ServiceError } from "@/lib/services/errors";
import { provinceBySlug } from "@/lib/queries/province-by-slug";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { yearValues } from "@/lib/queries/report-snapshot";
import { reportSlot, throwIfRefused } from "@/lib/services/reports/workflow-checks";
import { cellNumber, cellText } from "./cells";
import { refuseFile, type OnProgress, type RowProblem } from "./limits";
import { readTable } from "./read-table";
import { vocabulary } from "./register-columns";
import { QUALIFIER_WORDS, REPORT_COLUMNS, REPORT_SHEET, type ReportKey } from "./report-columns";

const rowErr = fieldErrorFrom("importRow");
const numErr = fieldErrorFrom("register");
const fileErr = fieldErrorFrom("importFile");
const qualifierOf = vocabulary(QUALIFIER_WORDS);
const header = (k: ReportKey) => REPORT_COLUMNS.find((c) => c.key === k)!.header;

export interface ReportImportArgs {
  actor: Actor | null;
  slug: string;
  year: number;
  file: { name: string; bytes: Uint8Array };
  locale: Locale;
  commit: boolean;
  /** Commit only: the version the dry run saw. */
  version?: number;
  onProgress?: OnProgress;
}

export interface ValueChange {
  code: string;
  name: string;
  before: ValueInput | null;
  after: ValueInput;
}

export async function importReport(db: PrismaClient, { actor, slug, year, file, locale, commit, version, onProgress }: ReportImportArgs) {
  if (!actor) throw new ServiceError("NOT_SIGNED_IN");
  const province = await provinceBySlug(db, slug);
  // The dry run asks what the commit's saveDraft will: the workflow's rule for a save.
  throwIfRefused(stepRefusal("save", reportSlot(province, year), actor), { year });
  const report = await db.yearlyReport.findUnique({ where: { provinceId_year: { provinceId: province.id, year } } });
  if (report?.status === "APPROVED") throw refuseFile("REPORT_LOCKED", { year });
  if (report?.status === "SUBMITTED") throw refuseFile("REPORT_SUBMITTED", { year });
  onProgress?.({ phase: "read", done: 0, total: 1 });
  const rows = await readTable(file.bytes, file.name, { sheet: REPORT_SHEET, columns: REPORT_COLUMNS });
  onProgress?.({ phase: "read", done: 1, total: 1 });

  const catalogue = await db.indicator.findMany({ select: { code: true, nameVi: true, nameEn: true, unit: true, kind: true, partOfCode: true } });
  const byCode = new Map(catalogue.map((c) => [c.code, c]));
  const problems: RowProblem[] = [];
  const rowOf = new Map<string, number>();
  const fromFile: Record<string, ValueInput> = {};
  for (const r of rows) {
    const add = (k: ReportKey, e: ReturnType<typeof rowErr>) => problems.push({ ...e, field: k, row: r.row, column: header(k) });
    const code = cellText(r.cells.code)?.toLowerCase() ?? "";
    if (!code) { add("code", rowErr("code", "REQUIRED")); continue; }
    if (!byCode.has(code)) { add("code", rowErr("code", "UNKNOWN_INDICATOR", { code })); continue; }
    if (rowOf.has(code)) { add("code", rowErr("code", "DUPLICATE_CODE", { row: rowOf.get(code)! })); continue; }
    rowOf.set(code, r.row);
    const value = cellNumber(r.cells.value, locale);
    const high = cellNumber(r.cells.high, locale);
    if (!value.ok) add("value", numErr("value", "FILE_NOT_NUMBER"));
    if (!high.ok) add("high", numErr("high", "FILE_NOT_NUMBER"));
    const word = cellText(r.cells.qualifier);
    const qualifier: Qualifier | null = word ? qualifierOf(word) : high.ok && high.value !== null ? "RANGE" : "EXACT";
    if (!qualifier) add("qualifier", rowErr("qualifier", "UNKNOWN_QUALIFIER"));
    // A row with no value is a figure the file does not give: the report keeps what it has.
    if (value.ok && value.value !== null && high.ok && qualifier) fromFile[code] = { value: value.value, qualifier, high: high.value };
  }

  const current = report ? await yearValues(db, report.id, year) : {};
  const merged = { ...current, ...fromFile };
  for (const p of checkReportValues(merged, catalogue)) {
    const name = (c: string) => ({ vi: byCode.get(c)?.nameVi ?? c, en: byCode.get(c)?.nameEn ?? c });
    problems.push({ ...reportFieldError(p, name), field: "value", row: rowOf.get(p.field) ?? null, column: header("value") });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const changes: ValueChange[] = Object.entries(fromFile)
    .filter(([code, v]) => JSON.stringify(current[code] ?? null) !== JSON.stringify(v))
    .map(([code, after]) => ({ code, name: byCode.get(code)!.nameVi, before: current[code] ?? null, after }));
  const result = { rows: rows.length, valid: Object.keys(fromFile).length, problems, changes, version: report?.version ?? 0, status: report?.status ?? null, created: 0 };
  if (!commit) return result;
  if (problems.length) throw new ServiceError("INVALID", { file: fileErr("file", "HAS_PROBLEMS", { count: problems.length }), problems });
  if (version !== result.version) throw new ServiceError("CONFLICT", { file: fileErr("file", "VERSION_CHANGED") });
  onProgress?.({ phase: "write", done: 0, total: 1 });
  const saved = await saveDraft(db, { actor, slug, year, body: { version: result.version, values: merged } });
  // Committed: a progress line that cannot be sent (the client went away) must not turn it into an error.
  try { onProgress?.({ phase: "write", done: 1, total: 1 }); } catch { /* the result line says it all */ }
  return { ...result, created: changes.length, version: saved.report.version, warnings: saved.warnings };
}
