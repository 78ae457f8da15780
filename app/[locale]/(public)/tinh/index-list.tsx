import Link from "next/link";
import { Badge } from "@/components/flag-badges";
import { MergedBadge } from "@/components/merged-badge";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { fill, fillNodes } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { IndexEntry } from "@/lib/queries/province-index";
import { matches, searchText } from "./search";

type Props = { id: string; title: string; note?: string; entries: IndexEntry[]; q: string; locale: Locale; m: Messages };

/**
 * One group of the index. Every row is in the HTML; those the query does not match carry `hidden`, so the page is
 * filtered without JavaScript and the in-page filter (province-search.tsx) can bring them back.
 */
export function IndexSection({ id, title, note, entries, q, locale, m }: Props) {
  const shown = entries.filter((e) => matches(e, q)).length;
  return (
    <section aria-labelledby={id} hidden={shown === 0} className="space-y-3">
      <h2 id={id} className="text-2xl font-bold tracking-tight">
        {title}
      </h2>
      {note && <p className="max-w-3xl text-muted">{note}</p>}
      <ul className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
        {entries.map((e) => (
          <Row key={e.slug} e={e} hidden={!matches(e, q)} locale={locale} m={m} />
        ))}
      </ul>
    </section>
  );
}

function Row({ e, hidden, locale, m }: { e: IndexEntry; hidden: boolean; locale: Locale; m: Messages }) {
  const t = m.find.index;
  const date = (d: string) => formatDate(d, locale);
  return (
    <li data-search={searchText(e)} hidden={hidden} className="rounded-md border border-line bg-surface p-3">
      <Link href={localePath(locale, `/tinh/${e.slug}`)} className="text-lg font-semibold">
        {e.name}
      </Link>
      {e.formerName && <span className="block text-sm text-muted">{fill(m.province.formerName, { name: e.formerName })}</span>}
      <span className="mt-1 flex flex-wrap gap-1">
        {e.mergedInto && (
          <MergedBadge
            label={fill(t.merged, { name: e.mergedInto.name, date: date(e.mergedInto.effectiveDate) })}
            successor={e.mergedInto}
            locale={locale}
          />
        )}
        <Badge label={e.hasData ? t.hasData : t.noData} />
      </span>
      {e.absorbed.length > 0 && (
        <span className="mt-1 block text-sm">
          {fillNodes(t.absorbed, {
            date: date(e.absorbed[0].effectiveDate),
            names: e.absorbed.map((a, i) => (
              <span key={a.slug}>
                {i > 0 && ", "}
                <Link href={localePath(locale, `/tinh/${a.slug}`)}>{a.name}</Link>
              </span>
            )),
          })}
        </span>
      )}
    </li>
  );
}
