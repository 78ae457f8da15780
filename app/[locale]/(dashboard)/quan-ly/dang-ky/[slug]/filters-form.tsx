// The register's filters: a plain GET form, so every filtered list has an address and works without scripts.
import type { Messages } from "@/lib/i18n/messages";
import type { RegisterFilters } from "@/lib/validation/register-filters";
import { SECTORS, UNIT_TYPES } from "@/lib/validation/register-unit";

export function FiltersForm({ filters, action, m }: { filters: RegisterFilters; action: string; m: Messages }) {
  const t = m.register;
  const f = t.filters;
  const cls = "mt-1 block w-full rounded border border-line bg-surface px-2 py-1";
  return (
    <form method="get" action={action} role="search" className="rounded border border-line bg-surface p-3">
      <fieldset className="grid gap-3 md:grid-cols-[2fr_1fr_1.5fr_1fr_auto] md:items-start">
        <legend className="mb-2 font-semibold">{f.legend}</legend>
        <div>
          <label htmlFor="filter-q" className="block font-medium">{f.q}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q} aria-describedby="filter-q-help" className={cls} />
          <p id="filter-q-help" className="mt-1 text-sm text-muted">{f.qHelp}</p>
        </div>
        <div>
          <label htmlFor="filter-type" className="block font-medium">{f.type}</label>
          <select id="filter-type" name="type" defaultValue={filters.type ?? ""} className={cls}>
            <option value="">{f.any}</option>
            {UNIT_TYPES.map((v) => <option key={v} value={v}>{t.typesLong[v]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-sector" className="block font-medium">{f.sector}</label>
          <select id="filter-sector" name="sector" defaultValue={filters.sector ?? ""} className={cls}>
            <option value="">{f.any}</option>
            {SECTORS.map((v) => <option key={v} value={v}>{t.sectors[v]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status" className="block font-medium">{f.status}</label>
          <select id="filter-status" name="status" defaultValue={filters.status} className={cls}>
            {(["all", "active", "dissolved"] as const).map((v) => <option key={v} value={v}>{f.statuses[v]}</option>)}
          </select>
        </div>
        <div className="flex gap-2 md:pt-7">
          <button type="submit" className="rounded border border-accent bg-accent px-3 py-1 text-white">{f.submit}</button>
          <a href={action} className="rounded border border-line px-3 py-1 no-underline">{f.reset}</a>
        </div>
      </fieldset>
    </form>
  );
}
