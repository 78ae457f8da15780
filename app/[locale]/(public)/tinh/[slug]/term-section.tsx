import Link from "next/link";
import { AttributionNotice } from "@/components/attribution-notice";
import { DataTable } from "@/components/charts/data-table";
import { statusLine } from "@/lib/charts/progress-text";
import { SourceButton } from "@/components/figure";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { TermView } from "@/lib/queries/province-page";
import { progressTable } from "./progress-table";
import { TermBadges, termHeading, termPath } from "./term-heading";

export function TermSection({ slug, term, locale, m }: { slug: string; term: TermView; locale: Locale; m: Messages }) {
  const years = `${term.startYear}–${term.endYear}`;
  const headingId = `term-${term.startYear}-${term.endYear}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="space-y-1">
        <h3 id={headingId} className="text-xl font-semibold">
          {termHeading(term, m)}
          {term.source && <SourceButton source={term.source} quote={null} note={null} what={termHeading(term, m)} locale={locale} m={m} />}
        </h3>
        <TermBadges term={term} m={m} locale={locale} />
        {term.rows.length > 0 && (
          <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <span className="font-medium">{statusLine(term.rows, locale, m)}</span>
            <Link href={localePath(locale, termPath(slug, term))}>{m.charts.term.link}</Link>
          </p>
        )}
      </div>
      <AttributionNotice sources={[term.source, ...term.rows.flatMap((r) => r.sources)]} m={m} locale={locale} />
      {term.rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-surface p-4">{m.terms.noTargets}</p>
      ) : (
        <DataTable table={progressTable(term.rows, fill(m.terms.caption, { years }), { locale, m, years })} />
      )}
    </section>
  );
}
