// A form's problems at its top: how many, and each wrong field named and linked to its input, so the user (and
// a screen reader, which hears it as an alert) can go straight to it.
export interface ErrorSummaryItem {
  /** The id of the field's input. */
  id: string;
  /** The field's message, naming the field (ErrorWords.named). */
  text: string;
}

export function ErrorSummary({ title, items }: { title: string | null; items: ErrorSummaryItem[] }) {
  if (!title && !items.length) return null;
  return (
    <div role="alert" className="space-y-1 rounded border border-alert bg-alert-soft p-3 text-alert" data-testid="error-summary">
      {title && <p className="font-medium">{title}</p>}
      {items.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5">
          {items.map((i) => (
            <li key={i.id}>
              <a href={`#${i.id}`} className="text-alert underline">{i.text}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
