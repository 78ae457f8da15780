// Plain, serialisable shapes the public pages read, and the conversions from Prisma rows into them.
// Decimals become numbers and dates become "YYYY-MM-DD" here, at the query boundary, so components
// (client ones included) never see Prisma types.
import type { Attribution, IndicatorKind, TargetKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Qualifier, Unit } from "@/lib/domain/types";
import { byName } from "@/lib/domain/collation";

export type { Attribution, IndicatorKind, TargetKind };

export type SourceRef = {
  key: string;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  eventOn: string | null;
  url: string | null;
  attribution: Attribution;
  attributionNote: string | null;
  /** English text of attributionNote; null: none written (pages fall back to the Vietnamese, marked lang="vi"). */
  attributionNoteEn: string | null;
  /** An official document's number ("25/BC-LMHTX"): a document cited by staff, written as a citation (decision 0040). */
  documentNo?: string | null;
  /** The document's attached files, downloaded at /api/v1/source-files/{id}. */
  files?: SourceFileRef[];
};

export type SourceFileRef = { id: number; filename: string; mediaType: string; size: number };

export type IndicatorRef = {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: Unit;
  kind: IndicatorKind;
  groupKey: string;
  sortOrder: number;
};

export type FigureValue = {
  indicator: IndicatorRef;
  /** The report's year; fromYear < year marks a cumulative value. */
  year: number;
  fromYear: number;
  dimension: string;
  qualifier: Qualifier;
  value: number;
  high: number | null;
  derived: boolean;
  estimate: boolean;
  ambiguous: boolean;
  includesCreditFunds: boolean | null;
  note: string | null;
  noteEn: string | null;
  quote: string | null;
  /** An English gloss of the quote, which itself stays Vietnamese. */
  quoteEn: string | null;
  source: SourceRef | null;
};

export type ProvinceLink = { slug: string; name: string; effectiveDate: string };

export const sourceSelect = {
  key: true,
  title: true,
  publisher: true,
  publishedOn: true,
  eventOn: true,
  url: true,
  attribution: true,
  attributionNote: true,
  attributionNoteEn: true,
  documentNo: true,
  files: { select: { id: true, filename: true, mediaType: true, size: true }, orderBy: { id: "asc" } },
} satisfies Prisma.SourceSelect;

export const indicatorSelect = {
  code: true,
  nameVi: true,
  nameEn: true,
  unit: true,
  kind: true,
  groupKey: true,
  sortOrder: true,
} satisfies Prisma.IndicatorSelect;

/** What a figure and a target both carry: their notes, the quote they rest on, the indicator and the source. */
const citedSelect = {
  note: true,
  noteEn: true,
  quote: true,
  quoteEn: true,
  indicator: { select: indicatorSelect },
  source: { select: sourceSelect },
} as const;

export const valueSelect = {
  dimension: true,
  fromYear: true,
  qualifier: true,
  value: true,
  high: true,
  derived: true,
  estimate: true,
  ambiguous: true,
  includesCreditFunds: true,
  ...citedSelect,
  // A value staff entered cites the report's source document unless it has its own (decision 0040).
  report: { select: { source: { select: sourceSelect } } },
} satisfies Prisma.ReportValueSelect;

export const targetSelect = {
  kind: true, year: true, min: true, max: true, qualifier: true, derived: true, indicatorId: true, ...citedSelect,
} satisfies Prisma.TargetSelect;

const provinceLinkSelect = { slug: true, name: true } as const;

/** A province's names and the provinces it merged into or absorbed (the 2025 merger): see mergeLinks. */
export const provinceNamesSelect = {
  slug: true,
  name: true,
  formerName: true,
  isCity: true,
  validUntil: true,
  mergedInto: { select: { effectiveDate: true, to: { select: provinceLinkSelect } }, take: 1 },
  mergedFrom: { select: { effectiveDate: true, from: { select: provinceLinkSelect } } },
} satisfies Prisma.ProvinceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;
type ValueRow = Prisma.ReportValueGetPayload<{ select: typeof valueSelect }>;
type MergeRows = Pick<Prisma.ProvinceGetPayload<{ select: typeof provinceNamesSelect }>, "mergedInto" | "mergedFrom">;

/** "YYYY-MM-DD" of a @db.Date column (Prisma gives UTC midnight). */
export function isoDate(d: Date): string;
export function isoDate(d: Date | null): string | null;
export function isoDate(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

export function num(d: Prisma.Decimal): number;
export function num(d: Prisma.Decimal | null): number | null;
export function num(d: Prisma.Decimal | null): number | null {
  return d === null ? null : d.toNumber();
}

export function toSourceRef(s: SourceRow | null): SourceRef | null {
  if (!s) return null;
  return { ...s, publishedOn: isoDate(s.publishedOn), eventOn: isoDate(s.eventOn) };
}

export function toFigureValue({ report, ...row }: ValueRow, year: number): FigureValue {
  return {
    ...row,
    year,
    value: num(row.value),
    high: num(row.high),
    source: toSourceRef(row.source ?? report.source),
  };
}

export type YearReport = { year: number; approvedOn: string | null; values: FigureValue[] };

/** The province a row merged into (null for today's) and the provinces it absorbed, by name. */
export function mergeLinks(row: MergeRows): { mergedInto: ProvinceLink | null; absorbed: ProvinceLink[] } {
  const merge = row.mergedInto[0];
  return {
    mergedInto: merge ? { ...merge.to, effectiveDate: isoDate(merge.effectiveDate) } : null,
    absorbed: row.mergedFrom.map((m) => ({ ...m.from, effectiveDate: isoDate(m.effectiveDate) })).sort(byName),
  };
}
