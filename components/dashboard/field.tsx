// Form fields of the register and target forms: a label, the control, help text and the field's error, tied
// together with aria-describedby so a screen reader reads the message with the field.
import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/error-summary";
import type { ActionResult } from "@/lib/actions/result";

interface Common {
  name: string;
  label: string;
  help?: string;
  error?: string;
  /** Prefix of element ids, so two forms on a page do not share one. */
  idPrefix?: string;
  className?: string;
  /** Heard after the label, not shown: tells apart two fields of one page that show the same words. */
  labelExtra?: string;
  /** Marked with * after the label (RequiredLegend says what it means) and `required` on the control. */
  required?: boolean;
}

const control = "mt-1 block w-full rounded border bg-surface px-2 py-1";

/** The visible mark of a required field; screen readers hear "required" from the control's own attribute. */
export function RequiredMark() {
  return <span aria-hidden="true" className="ml-1 text-alert">*</span>;
}

function Frame({ name, label, labelExtra, help, error, idPrefix = "f", className, required, children }: Common & { children: (p: { id: string; describedBy?: string; invalid: boolean; cls: string }) => ReactNode }) {
  const id = `${idPrefix}-${name}`;
  const ids = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={className}>
      {/* The mark is beside the label, not in it: the field's name stays the label's words. */}
      <div className="font-medium">
        <label htmlFor={id}>
          {label}
          {labelExtra && <span className="sr-only"> — {labelExtra}</span>}
        </label>
        {required && <RequiredMark />}
      </div>
      {children({ id, describedBy: ids || undefined, invalid: !!error, cls: `${control} ${error ? "border-alert" : "border-line"}` })}
      {help && <p id={`${id}-help`} className="mt-1 text-sm text-muted">{help}</p>}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-alert">{error}</p>}
    </div>
  );
}

export function TextField(p: Common & { defaultValue?: string; inputMode?: "numeric" | "decimal" | "text"; maxLength?: number; placeholder?: string }) {
  return (
    <Frame {...p}>
      {({ id, describedBy, invalid, cls }) => (
        <input
          id={id} name={p.name} defaultValue={p.defaultValue} inputMode={p.inputMode} required={p.required} maxLength={p.maxLength} placeholder={p.placeholder}
          aria-describedby={describedBy} aria-invalid={invalid || undefined} className={cls} autoComplete="off"
        />
      )}
    </Frame>
  );
}

export function TextArea(p: Common & { defaultValue?: string; rows?: number }) {
  return (
    <Frame {...p}>
      {({ id, describedBy, invalid, cls }) => (
        <textarea id={id} name={p.name} defaultValue={p.defaultValue} rows={p.rows ?? 2} required={p.required} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={cls} />
      )}
    </Frame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(p: Common & { defaultValue?: string; options: Option[]; groups?: { label: string; options: Option[] }[]; onChange?: (v: string) => void }) {
  return (
    <Frame {...p}>
      {({ id, describedBy, invalid, cls }) => (
        <select
          id={id} name={p.name} defaultValue={p.defaultValue} required={p.required} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={cls}
          onChange={p.onChange ? (e) => p.onChange!(e.target.value) : undefined}
        >
          {p.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          {p.groups?.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </optgroup>
          ))}
        </select>
      )}
    </Frame>
  );
}

/** The form-level message after a failed or successful submit, announced politely to screen readers. */
export function FormMessage({ text, tone }: { text: string | null; tone: "error" | "ok" }) {
  if (!text) return null;
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded border p-3 ${tone === "error" ? "border-alert bg-alert-soft text-alert" : "border-ok text-ok"}`}>
      {text}
    </p>
  );
}

/** A failed save's words at the top of the form: the general message and each wrong field, linked to it. */
export function FormErrors({ result, idPrefix = "f" }: { result: ActionResult; idPrefix?: string }) {
  if (result.ok) return null;
  const items = result.fields.flatMap((f) => (f.named ? [{ id: `${idPrefix}-${f.field}`, text: f.named }] : []));
  return <ErrorSummary title={result.message} items={items} />;
}
