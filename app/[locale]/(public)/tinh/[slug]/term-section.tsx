import { AttributionNotice } from "@/components/attribution-notice";
import { SourceButton } from "@/components/figure";
import { Badge } from "@/components/flag-badges";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { TermView } from "@/lib/queries/province-page";
import { TargetRow } from "./target-row";

export function TermSection({ term, locale, m }: { term: TermView; locale: Locale; m: Messages }) {
  const t = m.terms;
  const years = `${term.startYear}–${term.endYear}`;
  const headingId = `term-${term.startYear}-${term.endYear}`;
  const sources = [term.source, ...term.targets.flatMap((x) => [x.source, ...x.results.values.map((v) => v.source)])];
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div>
        <h3 id={headingId} className="text-xl font-semibold">
          {term.congress ? fill(t.headingCongress, { congress: term.congress, years }) : fill(t.heading, { years })}
          {term.source && <SourceButton source={term.source} quote={null} note={null} locale={locale} m={m} />}
        </h3>
        {term.yearsInferred && (
          <p className="mt-1">
            <Badge label={t.yearsInferred} tone="warn" />
          </p>
        )}
        {term.note && <p className="mt-1 max-w-4xl text-sm">{term.note}</p>}
      </div>
      <AttributionNotice sources={sources} m={m} />
      {term.targets.length === 0 ? (
        <p className="rounded-md border border-dashed border-line bg-surface p-4">{t.noTargets}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-line bg-surface">
          <table className="w-full min-w-[52rem] border-collapse text-left">
            <caption className="sr-only">{fill(t.caption, { years })}</caption>
            <thead className="bg-accent-soft text-sm">
              <tr>
                <th scope="col" className="px-4 py-2">{t.colIndicator}</th>
                <th scope="col" className="px-3 py-2">{t.colKind}</th>
                <th scope="col" className="px-3 py-2 text-right">{t.colTarget}</th>
                <th scope="col" className="px-3 py-2 text-right">{t.colResult}</th>
                <th scope="col" className="px-3 py-2 text-right">{t.colRatio}</th>
              </tr>
            </thead>
            <tbody>
              {term.targets.map((target) => (
                <TargetRow key={`${target.indicator.code}|${target.kind}|${target.year ?? ""}`} target={target} locale={locale} m={m} />
              ))}
            </tbody>
          </table>
          {term.targets.some((x) => x.results.values.length > 0) && (
            <p className="border-t border-line px-4 py-2 text-sm text-muted">{t.ratioHelp}</p>
          )}
        </div>
      )}
    </section>
  );
}
