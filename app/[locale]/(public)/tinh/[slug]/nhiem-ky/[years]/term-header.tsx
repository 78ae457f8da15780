import Link from "next/link";
import { statusLine } from "@/lib/charts/progress-text";
import { termFileHref } from "@/components/api-links";
import { SourceButton } from "@/components/figure";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { SourceRef } from "@/lib/queries/shapes";
import type { TermProgress } from "@/lib/queries/term-progress";
import { TermBadges, termHeading, termPath } from "@/app/[locale]/(public)/tinh/[slug]/term-heading";

type Ctx = { locale: Locale; m: Messages };

export function TermHeader({ progress, source, locale, m }: { progress: TermProgress; source: SourceRef | null } & Ctx) {
  const { province, term, rows, asOfYear } = progress;
  const running = rows.some((r) => r.running);
  return (
    <header className="space-y-2">
      <p>
        <Link href={localePath(locale, `/tinh/${province.slug}`)}>← {fill(m.charts.term.back, { province: province.name })}</Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{fill(m.charts.term.title, { province: province.name, years: `${term.startYear}–${term.endYear}` })}</h1>
      <p className="text-lg">
        {termHeading(term, m)}
        {source && <SourceButton source={source} quote={null} note={null} what={termHeading(term, m)} locale={locale} m={m} />}
      </p>
      <TermBadges term={term} m={m} locale={locale} />
      {rows.length > 0 && <p className="text-lg font-semibold">{statusLine(rows, locale, m)}</p>}
      <p className="text-sm text-muted">
        {fill(m.charts.term.asOf, { year: asOfYear })}
        {running && ` ${m.charts.term.running}`}
      </p>
      {rows.length > 0 && (
        <p>
          <Link href={localePath(locale, `${termPath(province.slug, term)}/trinh-chieu`)} className="font-semibold">
            {m.slides.present}
          </Link>
          <span className="text-muted"> — {m.slides.presentHelp}</span>
        </p>
      )}
      {rows.length > 0 && (
        <p>
          <a href={termFileHref(province.slug, `${term.startYear}-${term.endYear}`, "slides.pptx", locale)} download className="font-semibold">
            {m.termFiles.pptx}
          </a>
          <span className="text-muted"> — {m.termFiles.pptxHelp}</span>
        </p>
      )}
    </header>
  );
}

type TermRef = { congress: string | null; startYear: number; endYear: number; yearsInferred: boolean; note: string | null };

export function OtherTerms({ slug, terms, current, locale, m }: { slug: string; terms: TermRef[]; current: { startYear: number; endYear: number } } & Ctx) {
  const others = terms.filter((t) => t.startYear !== current.startYear || t.endYear !== current.endYear);
  if (others.length === 0) return null;
  return (
    <nav aria-labelledby="other-terms" className="border-t border-line pt-4">
      <h2 id="other-terms" className="text-lg font-semibold">
        {m.charts.term.otherTerms}
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {others.map((t) => (
          <li key={`${t.startYear}-${t.endYear}`}>
            <Link href={localePath(locale, termPath(slug, t))}>{termHeading(t, m)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
