// A report's cited source and its attached files, as the report form and the API show them (decision 0040);
// and an attached file for download, to whoever may read the report it belongs to: anyone once that report is
// approved, the province's staff (report:read-draft) before.
import "server-only";
import type { Actor } from "@/lib/authz";
import { mayReadReport } from "@/lib/domain/report-workflow";
import { sourceFileHref } from "@/lib/format/citation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { valueSourceKey } from "@/lib/services/sources/access";
import { isoDate } from "./shapes";

type Db = Prisma.TransactionClient;

export interface SourceFileView {
  id: number;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  url: string;
}

export interface ReportSourceView {
  key: string;
  documentNo: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
  files: SourceFileView[];
}

const fileSelect = { id: true, filename: true, mediaType: true, size: true, sha256: true } as const;

export async function reportSource(db: Db, reportId: number): Promise<ReportSourceView | null> {
  const r = await db.yearlyReport.findUnique({
    where: { id: reportId },
    select: { source: { select: { key: true, documentNo: true, publishedOn: true, publisher: true, title: true, files: { select: fileSelect, orderBy: { id: "asc" } } } } },
  });
  const s = r?.source;
  if (!s) return null;
  return {
    key: s.key, documentNo: s.documentNo, issuedOn: isoDate(s.publishedOn), issuer: s.publisher, title: s.title,
    files: s.files.map((f) => ({ ...f, url: sourceFileHref(f.id) })),
  };
}

export interface ValueSourceView {
  indicator: string;
  nameVi: string;
  nameEn: string;
  /** The value's own citation made by staff (`report-{id}-{code}`); null when it cites its report's. */
  source: Omit<ReportSourceView, "files"> | null;
}

/** The report's yearly values (whole province), in the catalogue's order, each with its own staff citation if any. */
export async function valueSources(db: Db, report: { id: number; year: number }): Promise<ValueSourceView[]> {
  const rows = await db.reportValue.findMany({
    where: { reportId: report.id, dimension: "", fromYear: report.year },
    orderBy: { indicator: { sortOrder: "asc" } },
    select: { indicator: { select: { code: true, nameVi: true, nameEn: true } }, source: { select: { key: true, documentNo: true, publishedOn: true, publisher: true, title: true } } },
  });
  return rows.map(({ indicator: i, source: s }) => ({
    indicator: i.code, nameVi: i.nameVi, nameEn: i.nameEn,
    source: s && s.key === valueSourceKey(report.id, i.code) ? { key: s.key, documentNo: s.documentNo, issuedOn: isoDate(s.publishedOn), issuer: s.publisher, title: s.title } : null,
  }));
}

/** The report's status and cited source (and its values' own), or null when there is no report or `actor` may not read it. */
export async function readReportSource(db: Db, actor: Actor | null, at: { slug: string; year: number }) {
  const report = await db.yearlyReport.findFirst({ where: { year: at.year, province: { slug: at.slug } }, select: { id: true, year: true, provinceId: true, status: true } });
  if (!report || !mayReadReport(report, actor)) return null;
  const values = (await valueSources(db, report)).flatMap((v) => (v.source ? [{ indicator: v.indicator, ...v.source }] : []));
  return { status: report.status, source: await reportSource(db, report.id), values };
}

/** The file with its content, or null when there is none or `actor` may not read any report citing it. */
export async function readableSourceFile(db: Db, id: number, actor: Actor | null) {
  const file = await db.sourceFile.findUnique({
    where: { id },
    select: {
      ...fileSelect, content: true,
      source: {
        select: {
          reports: { select: { provinceId: true, status: true } },
          values: { select: { report: { select: { provinceId: true, status: true } } }, take: 50 },
        },
      },
    },
  });
  if (!file) return null;
  const reports = [...file.source.reports, ...file.source.values.map((v) => v.report)];
  if (!reports.some((r) => mayReadReport(r, actor))) return null;
  const { source: _s, ...rest } = file;
  return rest;
}
