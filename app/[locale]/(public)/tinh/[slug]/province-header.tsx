import Link from "next/link";
import { localePath } from "@/lib/i18n/paths";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { fill, fillNodes } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ProvincePage } from "@/lib/queries/province-page";

type Props = { province: ProvincePage["province"]; hasData: boolean; locale: Locale; m: Messages };

export function ProvinceHeader({ province: p, hasData, locale, m }: Props) {
  const date = (d: string) => formatDate(d, locale);
  // A province that absorbed others has held its present boundaries only since the latest of those mergers.
  const boundariesSince = p.absorbed.reduce((latest, a) => (a.effectiveDate > latest ? a.effectiveDate : latest), p.validFrom);
  const validity = p.validUntil
    ? fill(m.province.validBetween, { from: date(p.validFrom), until: date(p.validUntil) })
    : fill(m.province.validSince, { from: date(boundariesSince) });
  return (
    <header className="space-y-3">
      <h1 className="text-3xl font-bold tracking-tight">{p.name}</h1>
      <p className="text-muted">
        {[p.isCity ? m.province.city : null, p.formerName ? fill(m.province.formerName, { name: p.formerName }) : null, validity]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {p.mergedInto && (
        <div role="note" className="rounded-md border-l-4 border-warn bg-warn-soft p-4 text-ink">
          <p className="text-lg font-semibold">
            {fillNodes(m.province.mergedNotice, {
              successor: <Link href={localePath(locale, `/tinh/${p.mergedInto.slug}`)}>{p.mergedInto.name}</Link>,
              date: date(p.mergedInto.effectiveDate),
            })}
          </p>
          {hasData && <p className="text-sm">{fill(m.province.mergedDetail, { name: p.name })}</p>}
        </div>
      )}
      {p.absorbed.length > 0 && (
        <section aria-labelledby="absorbed" className="rounded-md border border-line bg-surface p-4">
          <h2 id="absorbed" className="font-semibold">
            {fill(m.province.absorbedTitle, { name: p.name })}
          </h2>
          <ul className="mt-1 list-disc pl-6">
            {p.absorbed.map((a) => (
              <li key={a.slug}>
                {fillNodes(m.province.absorbedItem, {
                  province: <Link href={localePath(locale, `/tinh/${a.slug}`)}>{a.name}</Link>,
                  date: date(a.effectiveDate),
                })}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-sm text-muted">{m.province.absorbedNote}</p>
        </section>
      )}
    </header>
  );
}
