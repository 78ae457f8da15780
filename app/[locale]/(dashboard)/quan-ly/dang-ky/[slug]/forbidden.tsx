// What a page says instead of data the user may not see (or a province that does not exist).
export function Forbidden({ text }: { text: string }) {
  return <p role="alert" className="rounded border border-alert bg-alert-soft p-4 text-alert">{text}</p>;
}
