import { SourceButton } from "@/components/figure";
import { InheritedFlagBadges } from "@/components/flag-badges";
import { reasonText } from "@/components/charts/compare-figure";
import type { Locale } from "@/lib/domain/types";
import { indicatorName } from "@/lib/format/indicator";
import { periodLabel } from "@/lib/format/period";
import { formatInterval } from "@/lib/format/plain-interval";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { IndicatorComparison } from "@/lib/queries/compare";

/** The national total of the indicator, and the units the chart does not draw, by name. */
export function NationalTotal({ data, locale, m }: { data: IndicatorComparison; locale: Locale; m: Messages }) {
  const c = m.summary.compare;
  const n = data.national;
  const covered = n.members.length - n.missing.length;
  const noData = data.units.filter((u) => u.comparable && !u.value);
  return (
    <section aria-labelledby="ca-nuoc" className="space-y-3">
      <div className="rounded-md border border-line bg-surface p-4">
        <h2 id="ca-nuoc" className="text-sm font-semibold text-muted">{c.national} {periodLabel({ from: data.fromYear, to: data.year }, m)}</h2>
        <p className="text-2xl font-bold tabular wrap-anywhere">
          {n.value ? formatInterval(n.value, data.indicator.unit, locale) : <span className="text-base font-normal text-warn">{reasonText(n, data, locale, m)}</span>}
          {n.sources.slice(0, 3).map((s, i) => (
            <SourceButton key={s.key} source={s} quote={null} note={null} what={`${c.national} ${data.year}: ${indicatorName(data.indicator, locale)} (${i + 1})`} locale={locale} m={m} />
          ))}
        </p>
        <p className="text-sm text-muted">
          {fill(c.nationalNote, { n: covered, total: n.members.length })}
          {n.value && !n.complete && ` · ${data.indicator.kind === "FLOW" || data.indicator.kind === "STOCK" ? m.summary.national.lowerBound : m.summary.national.estimate}`}
        </p>
        <InheritedFlagBadges flags={n.flags} m={m} />
      </div>
      {noData.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-accent">{fill(c.noData, { n: noData.length })}</summary>
          <p className="mt-2 max-w-4xl text-muted">{noData.map((u) => u.name).join(", ")}</p>
        </details>
      )}
    </section>
  );
}
