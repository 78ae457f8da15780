"use client";
// One indicator of the form: the figure as typed, how exact it is (a second box for a range's high end), the
// unit, last year's figure, and what is wrong with it or unusual about it, tied to the inputs for screen readers.
import { formatValue, unitLabel } from "@/lib/domain/qualifiers";
import type { Locale, Qualifier } from "@/lib/domain/types";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import { QUALIFIER_OPTIONS, type FieldState, type FormIndicator } from "@/lib/report-form/form-state";
import type { LastReported } from "@/lib/queries/last-reported";
import { ValueNotes, type ValueNote } from "./value-notes";

interface Props {
  indicator: FormIndicator;
  field: FieldState;
  /** The latest earlier year's figure, with its year. */
  lastYear: LastReported[string] | undefined;
  errors: string[];
  warning: string | null;
  readOnly: boolean;
  locale: Locale;
  t: Messages["reportForm"];
  onChange: (code: string, patch: Partial<FieldState>) => void;
  /** Why the value is kept despite its warning (decision 0039): a box while editable, else the text beside it. */
  explanation: string;
  /** Whether to offer the explanation (the value is warned about, or has one). */
  explain: boolean;
  onExplain: (code: string, text: string) => void;
  notes: ValueNote[];
  words: Messages["comments"];
}

const box = "w-36 rounded border border-line bg-surface px-2 py-1 text-right tabular aria-[invalid=true]:border-alert aria-[invalid=true]:border-2 read-only:bg-paper";

export function FieldRow({ indicator: i, field, lastYear, errors, warning, readOnly, locale, t, onChange, explanation, explain, onExplain, notes, words }: Props) {
  const id = `f-${i.code}`;
  const unit = unitLabel(i.unit, locale);
  const invalid = errors.length > 0;
  const describedBy = [invalid && `${id}-error`, warning && `${id}-warning`, `${id}-last`, notes.length && `${id}-notes`].filter(Boolean).join(" ");
  return (
    <div className="grid gap-x-4 gap-y-1 border-t border-line px-3 py-2 md:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]" data-field={i.code}>
      <label htmlFor={id} className="pt-1 font-medium">{i.name}</label>
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <input
            id={id}
            name={i.code}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className={box}
            value={field.text}
            readOnly={readOnly}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange(i.code, { text: e.target.value })}
          />
          <select
            aria-label={fill(t.qualifierLabel, { name: i.name })}
            className="rounded border border-line bg-surface px-1 py-1 disabled:bg-paper"
            value={field.qualifier}
            disabled={readOnly}
            onChange={(e) => onChange(i.code, { qualifier: e.target.value as Qualifier })}
          >
            {QUALIFIER_OPTIONS.map((q) => <option key={q} value={q}>{t.qualifiers[q]}</option>)}
          </select>
          {field.qualifier === "RANGE" && (
            <>
              <span aria-hidden="true">{t.rangeTo}</span>
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                className={box}
                aria-label={fill(t.highLabel, { name: i.name })}
                value={field.high}
                readOnly={readOnly}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => onChange(i.code, { high: e.target.value })}
              />
            </>
          )}
          {unit && <span className="text-sm text-muted">{unit}</span>}
        </div>
        <p id={`${id}-last`} className="text-sm text-muted">
          {lastYear ? fill(t.lastYear, { year: lastYear.year, value: formatValue(lastYear, i.unit, locale) }) : t.lastYearNone}
        </p>
        {invalid && (
          <p id={`${id}-error`} className="text-sm font-medium text-alert">
            {errors.join(" ")}
          </p>
        )}
        {warning && <p id={`${id}-warning`} className="text-sm text-warn">{warning}</p>}
        {explain && !readOnly && (
          <div className="max-w-xl">
            <label htmlFor={`${id}-explanation`} className="block text-sm font-medium">{fill(words.explanation.label, { name: i.name })}</label>
            <textarea
              id={`${id}-explanation`} rows={2} maxLength={2000} value={explanation} onChange={(e) => onExplain(i.code, e.target.value)}
              aria-describedby={warning ? `${id}-warning` : undefined}
              className="w-full rounded border border-line bg-surface px-2 py-1 text-sm"
            />
          </div>
        )}
        {readOnly && explanation.trim() && <p className="text-sm" data-testid="value-explanation">{fill(words.explanation.shown, { text: explanation })}</p>}
        <ValueNotes id={`${id}-notes`} notes={notes} t={words.thread} />
      </div>
    </div>
  );
}
