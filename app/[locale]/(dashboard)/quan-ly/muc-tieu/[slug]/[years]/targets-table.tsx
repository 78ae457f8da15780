// The term's targets as a table, and what each kind of target means.
import Link from "next/link";
import { DashboardTable } from "@/components/dashboard/table";
import type { Locale } from "@/lib/domain/types";
import { formatTarget } from "@/lib/format/target";
import type { Messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/actions/result";
import { DeleteTarget } from "./delete-target";

type Target = {
  id: number; kind: "TERM_TOTAL" | "ANNUAL" | "END_LEVEL" | "GROWTH"; year: number | null; min: number; max: number | null; qualifier: "EXACT" | "AT_LEAST" | "APPROX" | "NEARLY" | "RANGE";
  derived: boolean; note: string | null; indicator: { code: string; nameVi: string; nameEn: string; unit: Parameters<typeof formatTarget>[1] }; source: { id: number; title: string } | null;
};

type Props = { targets: Target[]; mayEdit: boolean; base: string; locale: Locale; t: Messages["register"]["targets"]; orMore: string; remove: (id: number) => () => Promise<ActionResult> };

export function TargetsTable({ targets, mayEdit, base, locale, t, orMore, remove }: Props) {
  const w = t.term;
  if (targets.length === 0) return <p className="rounded border border-dashed border-line bg-surface p-4">{w.none}</p>;
  const nameOf = (x: Target) => (locale === "vi" ? x.indicator.nameVi : x.indicator.nameEn);
  return (
    <div className="overflow-x-auto">
      <DashboardTable
        caption={w.caption}
        className="text-sm"
        data-testid="term-targets"
        dense
        rows={targets}
        rowKey={(x) => x.id}
        columns={[
          { header: w.indicator, cell: nameOf },
          { header: w.kind, cell: (x) => t.kinds[x.kind].name },
          {
            header: w.target, numeric: true,
            cell: (x) => <>{formatTarget(x, x.indicator.unit, locale, orMore)}{x.derived && <span className="block text-xs text-muted">{w.derived}</span>}</>,
          },
          { header: w.year, cell: (x) => (x.kind === "ANNUAL" ? (x.year ?? w.everyYear) : "—") },
          { header: w.sourceNote, cell: (x) => [x.source?.title, x.note].filter(Boolean).join(" · ") || "—" },
          mayEdit && {
            header: w.actions, headerHidden: true,
            cell: (x) => (
              <div className="flex flex-col items-start gap-1">
                <Link href={`${base}?sua=${x.id}#target-form`} aria-label={`${w.edit}: ${nameOf(x)}`}>{w.edit}</Link>
                <DeleteTarget action={remove(x.id)} name={nameOf(x)} words={w} />
              </div>
            ),
          },
        ]}
      />
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
