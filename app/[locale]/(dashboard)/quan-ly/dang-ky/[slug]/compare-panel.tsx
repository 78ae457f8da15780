// The register's counts by type beside the totals of the latest approved report, with the difference in words
// ("Báo cáo 525, sổ đăng ký 510, chênh 15"), and the units operating today.
import { formatNumber } from "@/lib/domain/numbers";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { RegisterBesideReported } from "@/lib/services/register/beside-reported";

export function ComparePanel({ data, locale, m }: { data: RegisterBesideReported; locale: Locale; m: Messages }) {
  const t = m.register.compare;
  const types = m.register.typesLong;
  const r = data.reported;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section aria-labelledby="compare-title" className="space-y-2 rounded border border-line bg-surface p-4" data-testid="register-vs-reported">
      <h2 id="compare-title" className="text-lg font-semibold">{t.title}</h2>
      {!r ? <p>{t.noReport}</p> : (
        <>
          <p className="text-sm text-muted">{fill(t.intro, { year: r.year })}</p>
          {!r.hasRegister && <p className="text-sm text-warn">{t.noRegister}</p>}
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t.caption}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3">{t.colType}</th>
                <th scope="col" className="py-1 pr-3 text-right">{fill(t.colReported, { year: r.year })}</th>
                <th scope="col" className="py-1 pr-3 text-right">{fill(t.colRegistered, { year: r.year })}</th>
                <th scope="col" className="py-1 pr-3">{t.colDifference}</th>
                <th scope="col" className="py-1 text-right">{t.colNow}</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => {
                const reported = row.reported ? formatValue(row.reported, "COUNT", locale) : t.notReported;
                const d = row.difference;
                const words = !row.reported ? "—" : d === null ? t.notComparable
                  : `${fill(t.sentence, { reported, registered: n(row.registered), difference: n(Math.abs(d)) })} (${d === 0 ? t.same : d < 0 ? t.fewer : t.more})`;
                return (
                  <tr key={row.type} className="border-b border-line align-top" data-testid={`compare-${row.type}`}>
                    <th scope="row" className="py-1 pr-3 font-normal">{types[row.type]}</th>
                    <td className="py-1 pr-3 text-right">{reported}</td>
                    <td className="py-1 pr-3 text-right">{n(row.registered)}</td>
                    <td className="py-1 pr-3">
                      {words}
                      {row.type === "HTX" && row.reported?.includesCreditFunds && <span className="block text-xs text-muted">{t.withCreditFunds}</span>}
                    </td>
                    <td className="py-1 text-right">{n(data.activeNow[row.type])}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
