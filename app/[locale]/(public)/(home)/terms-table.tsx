import Link from "next/link";
import { MergedBadge } from "@/components/merged-badge";
import { TableScroll } from "@/components/table-scroll";
import type { Status } from "@/lib/domain/achievement";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { TermSummaryRow } from "@/lib/queries/summary";

// Best news first, so a row reads from left to right as the committee would read it.
const ORDER: Status[] = ["EXCEEDED", "ACHIEVED", "ON_TRACK", "INCONCLUSIVE", "BEHIND", "NOT_MET", "NO_DATA"];
const TONE: Partial<Record<Status, string>> = { EXCEEDED: "text-ok", ACHIEVED: "text-ok", ON_TRACK: "text-ok", BEHIND: "text-alert", NOT_MET: "text-alert" };

type Props = { terms: TermSummaryRow[]; asOfYear: number; locale: Locale; m: Messages };

/** Each province's current term: how many of its targets are met, behind, not yet known. */
export function TermsTable({ terms, asOfYear, locale, m }: Props) {
  const t = m.summary.terms;
  // Only the statuses some row has: seven mostly empty columns would hide the few that matter.
  const statuses = ORDER.filter((s) => terms.some((r) => r.counts[s]));
  return (
    <section aria-labelledby="nhiem-ky" className="space-y-3">
      <h2 id="nhiem-ky" className="text-2xl font-bold tracking-tight">{t.title}</h2>
      <p className="max-w-3xl text-muted">{fill(t.intro, { year: asOfYear })}</p>
      {terms.length === 0 ? (
        <p className="rounded-md border border-line bg-surface p-4">{t.none}</p>
      ) : (
        <TableScroll label={fill(t.caption, { year: asOfYear })}>
          <table className="stack-table w-full border-collapse text-left">
            <caption className="px-4 pt-3 pb-2 text-left text-sm text-muted">{fill(t.caption, { year: asOfYear })}</caption>
            <thead className="bg-accent-soft text-sm">
              <tr>
                <th scope="col" className="px-4 py-2">{t.colProvince}</th>
                <th scope="col" className="px-3 py-2">{t.colTerm}</th>
                <th scope="col" className="px-3 py-2 text-right">{t.colTargets}</th>
                {statuses.map((s) => (
                  <th key={s} scope="col" className="px-3 py-2 text-right">{m.status[s]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {terms.map((r) => (
                <Row key={r.province.slug} r={r} statuses={statuses} locale={locale} m={m} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function Row({ r, statuses, locale, m }: { r: TermSummaryRow; statuses: Status[]; locale: Locale; m: Messages }) {
  const t = m.summary.terms;
  const years = r.term.years.replace("-", "–");
  return (
    <tr className="border-t border-line align-top">
      <th scope="row" className="px-4 py-3 font-normal">
        {/* The hidden words keep this link's name apart from the province list's link to the same page. */}
        <Link href={localePath(locale, `/tinh/${r.province.slug}`)} className="font-semibold">
          {r.province.name}
          <span className="sr-only">{` (${t.provincePage})`}</span>
        </Link>
        {r.province.mergedInto && (
          <span className="mt-1 block">
            <MergedBadge label={fill(t.merged, { name: r.province.mergedInto.name })} successor={r.province.mergedInto} locale={locale} />
          </span>
        )}
      </th>
      <td data-label={t.colTerm} className="px-3 py-3">
        {/* Built from the years rather than the stored Vietnamese label, so it reads in either language. */}
        <Link href={localePath(locale, `/tinh/${r.province.slug}/nhiem-ky/${r.term.years}`)} className="block">
          {r.term.congress ? fill(m.terms.headingCongress, { congress: r.term.congress, years }) : fill(m.terms.heading, { years })}
        </Link>
        <span className="text-sm text-muted">
          {r.term.running ? t.running : t.ended}
          {r.term.yearsInferred && ` · ${m.terms.yearsInferred}`}
        </span>
      </td>
      <td data-label={t.colTargets} className="px-3 py-3 text-right tabular">
        {r.targets}
        {r.targets === 0 && <span className="block text-xs text-muted">{t.noTargets}</span>}
      </td>
      {/* A term with no numeric target has no statuses to count: a dash, not a row of zeros. */}
      {r.targets === 0 && statuses.length > 0 && <td colSpan={statuses.length} className="px-3 py-3 text-right text-muted">—</td>}
      {r.targets > 0 && statuses.map((s) => (
        <td key={s} data-label={m.status[s]} className={`px-3 py-3 text-right tabular ${r.counts[s] ? (TONE[s] ?? "") : "text-muted"}`}>
          {r.counts[s] ?? 0}
        </td>
      ))}
    </tr>
  );
}
