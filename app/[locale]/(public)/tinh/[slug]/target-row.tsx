import { Figure, SourceButton } from "@/components/figure";
import { Badge, FlagBadges } from "@/components/flag-badges";
import type { Locale } from "@/lib/domain/types";
import { indicatorName, periodNote } from "@/lib/format/indicator";
import { formatRatio, targetRatio } from "@/lib/format/ratio";
import { formatTarget } from "@/lib/format/target";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { TermTarget } from "@/lib/queries/province-page";
import type { FigureValue } from "@/lib/queries/shapes";

type Ctx = { locale: Locale; m: Messages };

export function TargetRow({ target, locale, m }: { target: TermTarget } & Ctx) {
  const t = m.terms;
  const { basis, values } = target.results;
  // A GROWTH target is a multiple; the term-end level is not one unless the indicator itself counts "times".
  const comparable = target.kind !== "GROWTH" || target.indicator.unit === "TIMES";
  // Yearly flows of a term are listed, not summed, so they have no ratio to a whole-term target.
  const showRatio = comparable && basis !== "YEARLY_FLOWS";
  const perYear = values.length > 1 || basis === "YEARLY_VALUES" || basis === "YEARLY_FLOWS";
  return (
    <tr className="border-t border-line align-top">
      <th scope="row" className="px-4 py-3 font-normal">
        {indicatorName(target.indicator, locale)}
        {/* The note explains the target (how it was derived, how to read it): it sits with the indicator
            so the target and result columns stay narrow enough to compare at a glance. */}
        {target.note && <span className="mt-1 block max-w-md text-sm text-muted">{target.note}</span>}
      </th>
      <td className="px-3 py-3">
        {t.kinds[target.kind]}
        {target.year !== null && <span className="block text-sm text-muted">{fill(t.targetYear, { year: target.year })}</span>}
      </td>
      <td className="px-3 py-3 text-right">
        <span className="whitespace-nowrap font-medium">{formatTarget(target, target.indicator.unit, locale, t.orMore)}</span>
        <SourceButton source={target.source} quote={target.quote} note={null} locale={locale} m={m} />
        {target.derived && (
          <span className="mt-1 flex justify-end">
            <Badge label={m.flags.derived} help={m.flags.derivedHelp} />
          </span>
        )}
      </td>
      <td className="px-3 py-3 text-right">
        {values.length === 0 && <span className="whitespace-nowrap text-muted">{t.noResult}</span>}
        {basis === "YEARLY_FLOWS" && values.length > 0 && <span className="block text-sm text-muted">{t.yearlyOnly}</span>}
        {values.map((v) => (
          <ResultLine key={`${v.year}|${v.fromYear}`} v={v} perYear={perYear} locale={locale} m={m} />
        ))}
        {target.kind === "GROWTH" && !comparable && values.length > 0 && <span className="mt-1 block text-sm text-muted">{t.growthHelp}</span>}
      </td>
      <td className="px-3 py-3 text-right">
        {showRatio &&
          values.map((v) => {
            const ratio = targetRatio(v, target);
            return (
              <span key={`${v.year}|${v.fromYear}`} className="block whitespace-nowrap font-medium">
                {perYear && <span className="mr-2 text-sm font-normal text-muted">{v.year}:</span>}
                {ratio ? formatRatio(ratio, locale) : "—"}
              </span>
            );
          })}
      </td>
    </tr>
  );
}

function ResultLine({ v, perYear, locale, m }: { v: FigureValue; perYear: boolean } & Ctx) {
  return (
    <span className="block">
      <span className="whitespace-nowrap">
        {perYear && <span className="mr-2 text-sm text-muted">{v.year}:</span>}
        <Figure v={v} locale={locale} m={m} />
      </span>
      {periodNote(v, m) && <span className="block text-sm text-muted">{periodNote(v, m)}</span>}
      <span className="flex justify-end">
        <FlagBadges v={v} m={m} />
      </span>
    </span>
  );
}
