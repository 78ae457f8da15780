import type { Qualifier, TargetKind } from "@/lib/generated/prisma/enums";
import type { SourceRef } from "@/lib/queries/shapes";

/** A source with the fields the pages show (lib/queries/shapes.ts), the province it is about, and its notes. */
export type SourceSeed = Pick<SourceRef, "key" | "title" | "publisher" | "publishedOn" | "eventOn" | "url" | "attribution"> & {
  province: string | null;
  attributionNote?: string;
  note?: string;
};

export interface ValueSeed {
  indicator: string;
  value: number;
  high?: number;
  qualifier?: Qualifier;
  dimension?: string;
  /** First year a cumulative value covers; defaults to the report's year. */
  fromYear?: number;
  derived?: boolean;
  estimate?: boolean;
  ambiguous?: boolean;
  includesCreditFunds?: boolean;
  note?: string;
  quote: string;
}

export interface ReportSeed {
  province: string;
  year: number;
  source: string;
  /** When the figures were made public: the demo reports count as approved then. */
  approvedOn: string;
  values: ValueSeed[];
}

export interface TargetSeed {
  indicator: string;
  kind: TargetKind;
  min: number;
  max?: number;
  year?: number;
  qualifier?: Qualifier;
  derived?: boolean;
  note?: string;
  quote: string;
}

export interface TermSeed {
  province: string;
  startYear: number;
  endYear: number;
  congress?: string;
  label: string;
  yearsInferred?: boolean;
  note?: string;
  source: string;
  targets: TargetSeed[];
}
