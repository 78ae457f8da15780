// How a term is named and marked, the same on the province page and on the term's own page.
import { Badge } from "@/components/flag-badges";
import { Local } from "@/components/local-text";
import type { Locale } from "@/lib/domain/types";
import { localText } from "@/lib/format/local-text";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

type TermLike = { congress: string | null; startYear: number; endYear: number; yearsInferred: boolean; note: string | null; noteEn?: string | null };

/** The term page's path (before localePath): a term is named by its years, "2013-2018". */
export const termPath = (slug: string, t: { startYear: number; endYear: number }) => `/tinh/${slug}/nhiem-ky/${t.startYear}-${t.endYear}`;

export function termHeading(t: TermLike, m: Messages): string {
  const years = `${t.startYear}–${t.endYear}`;
  return t.congress ? fill(m.terms.headingCongress, { congress: t.congress, years }) : fill(m.terms.heading, { years });
}

/** "năm suy luận" when no source states the term's years, and the term's note. */
export function TermBadges({ term, m, locale }: { term: TermLike; m: Messages; locale: Locale }) {
  return (
    <>
      {term.yearsInferred && (
        <p>
          <Badge label={m.terms.yearsInferred} tone="warn" />
        </p>
      )}
      {term.note && (
        <p className="max-w-4xl text-sm">
          <Local t={localText(term.note, term.noteEn, locale)} />
        </p>
      )}
    </>
  );
}
