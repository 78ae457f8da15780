// Every province ever recorded, for the index (/tinh) and the sitemap: the 34 of today and those merged into them.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { mergeLinks, provinceNamesSelect, type ProvinceLink } from "./shapes";
import { byName } from "@/lib/domain/collation";

export type IndexEntry = {
  slug: string;
  name: string;
  formerName: string | null;
  isCity: boolean;
  /** null for today's provinces. */
  mergedInto: ProvinceLink | null;
  /** The provinces it absorbed (a successor of the 2025 merger), by name. */
  absorbed: ProvinceLink[];
  /** Something is public on its page: an approved report or a congress term. */
  hasData: boolean;
  /** The province's terms, by years ("2013-2018"), for the sitemap. */
  terms: string[];
};

export type ProvinceIndex = {
  current: IndexEntry[];
  merged: IndexEntry[];
  /** The latest merger date, for "63 before 01/07/2025"; null when no merger is recorded. */
  lastMergerOn: string | null;
};


// Public read: only APPROVED reports count as data.
export const getProvinceIndex = cache(async (): Promise<ProvinceIndex> => {
  const rows = await db.province.findMany({
    select: {
      ...provinceNamesSelect,
      terms: { select: { startYear: true, endYear: true }, orderBy: { startYear: "desc" } },
      _count: { select: { reports: { where: { status: "APPROVED" } } } },
    },
  });
  let lastMergerOn: string | null = null;
  const entries = rows.map((row): IndexEntry & { current: boolean } => {
    const { mergedInto, absorbed } = mergeLinks(row);
    for (const l of [...absorbed, ...(mergedInto ? [mergedInto] : [])]) {
      if (!lastMergerOn || l.effectiveDate > lastMergerOn) lastMergerOn = l.effectiveDate;
    }
    return {
      current: row.validUntil === null,
      slug: row.slug,
      name: row.name,
      formerName: row.formerName,
      isCity: row.isCity,
      mergedInto,
      absorbed,
      hasData: row._count.reports > 0 || row.terms.length > 0,
      terms: row.terms.map((t) => `${t.startYear}-${t.endYear}`),
    };
  });
  entries.sort(byName);
  const strip = ({ current: _, ...e }: IndexEntry & { current: boolean }): IndexEntry => e;
  return {
    current: entries.filter((e) => e.current).map(strip),
    merged: entries.filter((e) => !e.current).map(strip),
    lastMergerOn,
  };
});
