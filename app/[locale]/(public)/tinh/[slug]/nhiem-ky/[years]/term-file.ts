import { slugify } from "@/lib/domain/slug";
import type { TermProgress } from "@/lib/queries/term-progress";

/** A term chart's downloads' name (decision 0036): "thai-nguyen-2013-2018-htx-thanh-lap-moi", Vietnamese on both pages. */
export const termFile = (progress: Pick<TermProgress, "province" | "term">, what: string) =>
  `${progress.province.slug}-${progress.term.startYear}-${progress.term.endYear}-${slugify(what)}`;
