// The board's filters as a plain GET form: every filtered view has its own address, and it works without script.
import { REGIONS } from "@/lib/domain/regions";
import type { Messages } from "@/lib/i18n/messages";
import { CELL_STATES, STATE_WORDS } from "@/lib/queries/board-shape";

export interface BoardFilterValues {
  nam: string;
  vung: string;
  "trang-thai": string;
}

type Props = { action: string; values: BoardFilterValues; yearBounds: { min: number; max: number }; t: Messages["progressBoard"] };

const field = "mt-1 w-full rounded border border-line bg-surface px-2 py-1";

/** A labelled select of [value, words] pairs, the first being "all". */
function Choice({ name, label, value, options }: { name: string; label: string; value: string; options: (readonly [string, string])[] }) {
  return (
    <label className="block">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value} className={field}>
        {options.map(([v, words]) => <option key={v} value={v}>{words}</option>)}
      </select>
    </label>
  );
}

export function BoardFilters({ action, values, yearBounds, t }: Props) {
  const f = t.filters;
  return (
    <form method="get" action={action} className="grid gap-3 rounded border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={f.legend}>
      <label className="block">
        <span className="font-medium">{f.year}</span>
        <input name="nam" type="number" inputMode="numeric" min={yearBounds.min} max={yearBounds.max} defaultValue={values.nam} className={field} />
      </label>
      <Choice name="vung" label={f.region} value={values.vung} options={[["", f.all], ...REGIONS.map((r) => [r, t.regions[r]] as const)]} />
      <Choice name="trang-thai" label={f.state} value={values["trang-thai"]} options={[["", f.all], ...CELL_STATES.map((s) => [STATE_WORDS[s], t.states[s]] as const), [STATE_WORDS.late, f.late]]} />
      <p className="flex items-end gap-3">
        <button type="submit" className="rounded bg-accent px-4 py-1.5 font-semibold text-white">{f.apply}</button>
        <a href={action}>{f.clear}</a>
      </p>
    </form>
  );
}
