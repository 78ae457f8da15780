// The register's counts by type beside the totals of the latest approved report, with the difference in words
// ("Báo cáo 525, sổ đăng ký 510, chênh 15"), and the units operating today.
import { DashboardTable } from "@/components/dashboard/table";
import { formatNumber } from "@/lib/domain/numbers";
import { formatValue } from "@/lib/domain/qualifiers";
import type { Locale } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { RegisterBesideReported } from "@/lib/queries/register-beside-reported";

type Row = NonNullable<RegisterBesideReported["reported"]>["rows"][number];

export function ComparePanel({ data, locale, m }: { data: RegisterBesideReported; locale: Locale; m: Messages }) {
  const t = m.register.compare;
  const types = m.register.typesLong;
  const r = data.reported;
  const n = (v: number) => formatNumber(v, locale);
  const reported = (row: Row) => (row.reported ? formatValue(row.reported, "COUNT", locale) : t.notReported);
  const words = (row: Row) => {
    const d = row.difference;
    if (!row.reported) return "—";
    if (d === null) return t.notComparable;
    return `${fill(t.sentence, { reported: reported(row), registered: n(row.registered), difference: n(Math.abs(d)) })} (${d === 0 ? t.same : d < 0 ? t.fewer : t.more})`;
  };
  return (
    <section aria-labelledby="compare-title" className="space-y-2 rounded border border-line bg-surface p-4" data-testid="register-vs-reported">
      <h2 id="compare-title" className="text-lg font-semibold">{t.title}</h2>
      {!r ? <p>{t.noReport}</p> : (
        <>
          <p className="text-sm text-muted">{fill(t.intro, { year: r.year })}</p>
          {!r.hasRegister && <p className="text-sm text-warn">{t.noRegister}</p>}
          <DashboardTable
            caption={t.caption}
            dense
            className="text-sm"
            rows={r.rows}
            rowKey={(row) => row.type}
            rowAttributes={(row) => ({ "data-testid": `compare-${row.type}` })}
            columns={[
              { header: t.colType, cell: (row) => types[row.type] },
              { header: fill(t.colReported, { year: r.year }), numeric: true, cell: (row) => reported(row) },
              { header: fill(t.colRegistered, { year: r.year }), numeric: true, cell: (row) => n(row.registered) },
              {
                header: t.colDifference,
                cell: (row) => <>{words(row)}{row.type === "HTX" && row.reported?.includesCreditFunds && <span className="block text-xs text-muted">{t.withCreditFunds}</span>}</>,
              },
              { header: t.colNow, numeric: true, cell: (row) => n(data.activeNow[row.type]) },
            ]}
          />
        </>
      )}
    </section>
  );
}
