// The term's targets as a table, and what each kind of target means.
import Link from "next/link";
import type { Locale } from "@/lib/domain/types";
import { formatTarget } from "@/lib/format/target";
import type { Messages } from "@/lib/i18n/messages";
import type { FormState } from "../../../dang-ky/_ui/form-state";
import { DeleteTarget } from "./delete-target";

type Target = {
  id: number; kind: "TERM_TOTAL" | "ANNUAL" | "END_LEVEL" | "GROWTH"; year: number | null; min: number; max: number | null; qualifier: "EXACT" | "AT_LEAST" | "APPROX" | "NEARLY" | "RANGE";
  derived: boolean; note: string | null; indicator: { code: string; nameVi: string; nameEn: string; unit: Parameters<typeof formatTarget>[1] }; source: { id: number; title: string } | null;
};

type Props = { targets: Target[]; mayEdit: boolean; base: string; locale: Locale; t: Messages["register"]["targets"]; orMore: string; remove: (id: number) => () => Promise<FormState> };

export function TargetsTable({ targets, mayEdit, base, locale, t, orMore, remove }: Props) {
  const w = t.term;
  if (targets.length === 0) return <p className="rounded border border-dashed border-line bg-surface p-4">{w.none}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" data-testid="term-targets">
        <caption className="sr-only">{w.caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">{w.indicator}</th>
            <th scope="col" className="py-2 pr-3">{w.kind}</th>
            <th scope="col" className="py-2 pr-3 text-right">{w.target}</th>
            <th scope="col" className="py-2 pr-3">{w.year}</th>
            <th scope="col" className="py-2 pr-3">{w.sourceNote}</th>
            {mayEdit && <th scope="col" className="py-2"><span className="sr-only">{w.actions}</span></th>}
          </tr>
        </thead>
        <tbody>
          {targets.map((x) => {
            const name = locale === "vi" ? x.indicator.nameVi : x.indicator.nameEn;
            return (
              <tr key={x.id} className="border-b border-line align-top">
                <th scope="row" className="py-1 pr-3 font-normal">{name}</th>
                <td className="py-1 pr-3">{t.kinds[x.kind].name}</td>
                <td className="py-1 pr-3 text-right">
                  {formatTarget(x, x.indicator.unit, locale, orMore)}
                  {x.derived && <span className="block text-xs text-muted">{w.derived}</span>}
                </td>
                <td className="py-1 pr-3">{x.kind === "ANNUAL" ? (x.year ?? w.everyYear) : "—"}</td>
                <td className="py-1 pr-3">{[x.source?.title, x.note].filter(Boolean).join(" · ") || "—"}</td>
                {mayEdit && (
                  <td className="py-1">
                    <div className="flex flex-col items-start gap-1">
                      <Link href={`${base}?sua=${x.id}#target-form`} aria-label={`${w.edit}: ${name}`}>{w.edit}</Link>
                      <DeleteTarget action={remove(x.id)} name={name} words={w} />
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function KindsHelp({ t }: { t: Messages["register"]["targets"] }) {
  return (
    <aside aria-labelledby="kinds-help" className="space-y-2 rounded border border-line p-4 text-sm">
      <h2 id="kinds-help" className="font-semibold">{t.kindsTitle}</h2>
      <dl className="space-y-2">
        {(Object.keys(t.kinds) as (keyof typeof t.kinds)[]).map((k) => (
          <div key={k}>
            <dt className="font-medium">{t.kinds[k].name}</dt>
            <dd className="text-muted">{t.kinds[k].help}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
