// A plain GET form: it works without JavaScript, and every choice is a shareable address. The tile map (/ban-do)
// sends the same words to itself, with its own fields added (`action`, `children`).
import type { ReactNode } from "react";
import type { Locale } from "@/lib/domain/types";
import { indicatorName } from "@/lib/format/indicator";
import { periodLabel } from "@/lib/format/period";
import type { Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import type { CompareIndicator } from "@/lib/queries/compare";
import { BOUNDARY_PARAMS, periodParam, type BoundaryParam, type Period } from "./params";

type Props = {
  indicators: CompareIndicator[];
  /** Years and term spans with figures (a term total: "2013–2018 (cả nhiệm kỳ)"). */
  periods: Period[];
  code: string;
  period: Period | null;
  boundary: BoundaryParam;
  locale: Locale;
  m: Messages;
  /** Where the form sends its words: /so-sanh unless told; the form's name with it. */
  action?: { path: string; label: string };
  /** Fields of the page that sends to itself, before the button. */
  children?: ReactNode;
};

const FIELD = "rounded-md border border-line bg-surface px-3 py-2 text-base";

export function CompareForm({ indicators, periods, code, period, boundary, locale, m, action, children }: Props) {
  const c = m.summary.compare;
  return (
    <form method="get" action={localePath(locale, action?.path ?? "/so-sanh")} aria-label={action?.label ?? c.form} className="flex flex-wrap items-end gap-4 rounded-md border border-line bg-surface p-4">
      {/* Labels point at their selects (htmlFor) rather than wrap them: a wrapping label would name the select
          with its options' text too. */}
      {/* max-w-full: the longest indicator's name made the select, and the page, 511 px wide on a phone. */}
      <div className="flex max-w-full flex-col gap-1">
        <label htmlFor="chi-tieu" className="text-sm font-semibold">{c.indicator}</label>
        <select id="chi-tieu" name="chi-tieu" defaultValue={code} className={`${FIELD} w-full max-w-md`}>
          {indicators.map((i) => (
            <option key={i.code} value={i.code}>{indicatorName(i, locale)}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="nam" className="text-sm font-semibold">{c.year}</label>
        {/* The years of the indicator shown; after changing the indicator, a year it lacks falls back to its latest. */}
        <select id="nam" name="nam" defaultValue={period ? periodParam(period) : undefined} className={FIELD}>
          {periods.map((p) => (
            <option key={periodParam(p)} value={periodParam(p)}>{periodLabel(p, m)}</option>
          ))}
        </select>
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-semibold">{c.boundaries}</legend>
        <div className="flex flex-wrap gap-4 py-2">
          {(Object.keys(BOUNDARY_PARAMS) as BoundaryParam[]).map((b) => (
            <label key={b} className="flex items-center gap-2">
              <input type="radio" name="ranh-gioi" value={b} defaultChecked={b === boundary} />
              {m.summary.boundaries[BOUNDARY_PARAMS[b]]}
            </label>
          ))}
        </div>
      </fieldset>
      {children}
      <button type="submit" className="rounded-md bg-accent px-5 py-2 font-semibold text-white hover:opacity-90">
        {c.submit}
      </button>
    </form>
  );
}
