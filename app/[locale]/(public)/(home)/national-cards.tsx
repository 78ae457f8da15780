import { SourceButton } from "@/components/figure";
import { InheritedFlagBadges } from "@/components/flag-badges";
import type { Locale } from "@/lib/domain/types";
import { formatInterval } from "@/lib/format/plain-interval";
import { indicatorName } from "@/lib/format/indicator";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { Headline, PublicSummary } from "@/lib/queries/summary";

type Props = { summary: PublicSummary & { year: number }; locale: Locale; m: Messages };

/** The national headline figures of the latest approved year, each saying how many provinces it covers. */
export function NationalCards({ summary, locale, m }: Props) {
  const s = m.summary.national;
  const { reporting, notReporting, expected } = summary.provinces;
  return (
    <section aria-labelledby="toan-quoc" className="space-y-4">
      <h2 id="toan-quoc" className="text-2xl font-bold tracking-tight">
        {fill(s.title, { year: summary.year })}
      </h2>
      <p className="max-w-3xl">
        {fill(s.reporting, { n: reporting.length, total: expected, year: summary.year, names: reporting.map((p) => p.name).join(", ") })}
      </p>
      {notReporting.length > 0 && <p className="max-w-3xl text-sm text-muted">{s.partial}</p>}
      <ul aria-label={fill(s.cards, { year: summary.year })} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {summary.headlines.map((h) => (
          <Card key={h.indicator.code} h={h} total={expected} locale={locale} m={m} />
        ))}
      </ul>
      {notReporting.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-accent">{fill(s.notReporting, { year: summary.year, n: notReporting.length })}</summary>
          <p className="mt-2 max-w-4xl text-muted">{notReporting.map((p) => p.name).join(", ")}</p>
        </details>
      )}
    </section>
  );
}

function Card({ h, total, locale, m }: { h: Headline; total: number; locale: Locale; m: Messages }) {
  const s = m.summary.national;
  const { national: n, indicator } = h;
  const covered = n.members.length - n.missing.length;
  const note = !n.comparable
    ? n.reason === "RATIO" ? m.summary.reasons.RATIO : m.summary.reasons.NO_BASE_SHORT
    : !n.value ? s.noData
    : n.complete ? null
    : indicator.kind === "FLOW" || indicator.kind === "STOCK" ? s.lowerBound : s.estimate;
  const shown = n.sources.slice(0, 2);
  return (
    <li className="flex flex-col gap-1 rounded-md border border-line bg-surface p-4">
      <span className="text-sm text-muted">{indicatorName(indicator, locale)}</span>
      <span className="text-2xl font-bold tabular wrap-anywhere">
        {n.value ? formatInterval(n.value, indicator.unit, locale) : <span className="text-muted">—</span>}
        {shown.map((src) => (
          <SourceButton key={src.key} source={src} quote={null} note={null} what={`${indicatorName(indicator, locale)}${shown.length > 1 ? ` (${shown.indexOf(src) + 1}/${shown.length})` : ""}`} locale={locale} m={m} />
        ))}
        {n.sources.length > shown.length && <span className="ml-1 text-xs font-normal text-muted">{fill(s.moreSources, { n: n.sources.length - shown.length })}</span>}
      </span>
      {note && <span className="text-sm text-warn">{note}</span>}
      <InheritedFlagBadges flags={n.flags} m={m} />
      <span className="text-xs text-muted">{fill(s.coverage, { n: covered, total })}</span>
    </li>
  );
}
