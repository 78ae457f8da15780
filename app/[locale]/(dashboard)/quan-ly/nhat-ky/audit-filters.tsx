// The log's filters as a plain GET form: every filtered view has its own address.
import type { Messages } from "@/lib/i18n/messages";
import type { ProvinceOption } from "@/lib/queries/users";

export interface FilterValues {
  tinh: string;
  nam: string;
  nguoi: string;
  loai: string;
}

type Props = {
  action: string;
  values: FilterValues;
  /** null: the user's province is fixed (a provincial user) and the select is not shown. */
  provinces: ProvinceOption[] | null;
  users: { id: number; name: string; email: string }[];
  m: Messages;
};

const field = "mt-1 w-full rounded border border-line bg-surface px-2 py-1";

export function AuditFilters({ action, values, provinces, users, m }: Props) {
  const t = m.dashboard.audit;
  return (
    <form method="get" action={action} className="grid gap-3 rounded border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5" aria-label={t.filters}>
      {provinces && (
        <label className="block">
          <span className="font-medium">{t.province}</span>
          <select name="tinh" defaultValue={values.tinh} className={field}>
            <option value="">{t.all}</option>
            {provinces.map((p) => <option key={p.slug} value={p.slug}>{p.merged ? `${p.name} (—2025)` : p.name}</option>)}
          </select>
        </label>
      )}
      <label className="block">
        <span className="font-medium">{t.year}</span>
        <input name="nam" type="number" inputMode="numeric" min={1990} max={2100} defaultValue={values.nam} aria-describedby="audit-year-hint" className={field} />
        <span id="audit-year-hint" className="mt-1 block text-sm text-muted">{provinces ? t.yearHint : t.yearHintProvince}</span>
      </label>
      <label className="block">
        <span className="font-medium">{t.user}</span>
        <select name="nguoi" defaultValue={values.nguoi} className={field}>
          <option value="">{t.all}</option>
          {users.map((u) => <option key={u.id} value={u.id}>{`${u.name} (${u.email})`}</option>)}
        </select>
      </label>
      <label className="block">
        <span className="font-medium">{t.entity}</span>
        <select name="loai" defaultValue={values.loai} className={field}>
          <option value="">{t.all}</option>
          {Object.entries(t.entities).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
      </label>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-accent px-4 py-1.5 font-semibold text-white">{t.apply}</button>
        <a href={action}>{t.clear}</a>
      </div>
    </form>
  );
}
