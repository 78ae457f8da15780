// A yearly report's values in the report template's format: every indicator of the catalogue, with the
// report's whole-province values for the year filled in. Approved reports for anyone; a draft or a submitted
// report only for those allowed to see it (can "report:read-draft"), its status named in the file's name.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/domain/types";
import { unitLabel } from "@/lib/domain/qualifiers";
import { ServiceError } from "@/lib/services/errors";
import { provinceBySlug } from "@/lib/queries/province-by-slug";
import { yearValues } from "@/lib/queries/report-snapshot";
import { QUALIFIER_WORDS, REPORT_COLUMNS, REPORT_SHEET } from "./report-columns";
import { outFile, type FileFormat } from "./workbook";

export async function exportReport(db: PrismaClient, { actor, slug, year, format, locale }: { actor: Actor | null; slug: string; year: number; format: FileFormat; locale: Locale }) {
  const province = await provinceBySlug(db, slug);
  const report = await db.yearlyReport.findUnique({ where: { provinceId_year: { provinceId: province.id, year } } });
  const visible = report && (report.status === "APPROVED" || can(actor, "report:read-draft", { provinceId: province.id }));
  if (!visible) throw new ServiceError("NOT_FOUND");
  const [values, catalogue] = await Promise.all([
    yearValues(db, report.id, year),
    db.indicator.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { code: true, nameVi: true, unit: true } }),
  ]);
  const rows = catalogue.map((i) => {
    const v = values[i.code];
    return [i.code, i.nameVi, unitLabel(i.unit, "vi") || "đơn vị", v?.value ?? null, v?.high ?? null, v ? QUALIFIER_WORDS[v.qualifier][0] : null];
  });
  const status = report.status === "APPROVED" ? "" : `-${report.status === "DRAFT" ? "ban-nhap" : "cho-duyet"}`;
  const sheet = { name: REPORT_SHEET, header: REPORT_COLUMNS.map((c) => c.header), rows, widths: [28, 60, 24, 16, 24, 16] };
  return outFile(`bao-cao-${province.slug}-${year}${status}`, format, [sheet], locale);
}

