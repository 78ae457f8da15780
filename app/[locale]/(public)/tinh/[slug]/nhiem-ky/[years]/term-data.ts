import type { Metadata } from "next";
import { alternatesFor } from "@/lib/i18n/alternates";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { getI18n } from "@/lib/i18n/server";
import { getProvincePage } from "@/lib/queries/province-page";
import type { YearReport } from "@/lib/queries/shapes";
import { getTermProgress } from "@/lib/queries/term-progress";
import { PROVINCE_SLUG } from "@/app/[locale]/(public)/tinh/[slug]/slug";
import { parseTermYears } from "./term-param";

/** The term's assessment and the province's page (its other terms, the term's source), read in parallel:
 *  the term page and its presentation (trinh-chieu/) show the same figures. null for an unknown term. */
export async function loadTerm(params: Promise<{ slug: string; years: string }>) {
  const { slug, years } = await params;
  const span = parseTermYears(years);
  if (!span || !PROVINCE_SLUG.test(slug)) return null;
  const [progress, province] = await Promise.all([getTermProgress(slug, span[0], span[1]), getProvincePage(slug)]);
  if (!progress || !province) return null;
  const { term } = progress;
  const view = province.terms.find((t) => t.startYear === term.startYear && t.endYear === term.endYear);
  return { progress, province, source: view?.source ?? null };
}

/** The term page's and its presentation's title and alternates: `title` picks the message, `suffix` the sub-page. */
export async function termMetadata(params: Promise<{ slug: string; years: string; locale: string }>, title: (m: Messages) => string, suffix = ""): Promise<Metadata> {
  const [{ locale, m }, data] = await Promise.all([getI18n(params), loadTerm(params)]);
  if (!data) return { title: m.notFound.title };
  const { province, term } = data.progress;
  return {
    title: fill(title(m), { province: province.name, years: `${term.startYear}–${term.endYear}` }),
    alternates: alternatesFor(locale, `/tinh/${province.slug}/nhiem-ky/${term.startYear}-${term.endYear}${suffix}`),
  };
}

/** The term's latest approved year and when it was approved: what "approved up to" means on the cover, in the
 *  presentation and its PPTX alike. null when none is. */
export function lastApproved(reports: YearReport[], term: { startYear: number; endYear: number }): { year: number; on: string | null } | null {
  const inTerm = reports.filter((r) => r.year >= term.startYear && r.year <= term.endYear);
  if (inTerm.length === 0) return null;
  const year = Math.max(...inTerm.map((r) => r.year));
  const days = inTerm.map((r) => r.approvedOn).filter((d): d is string => !!d).sort();
  return { year, on: days.at(-1) ?? null };
}
