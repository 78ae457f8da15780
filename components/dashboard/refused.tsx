// What a dashboard page shows instead of what the user may not see (or a unit that does not exist): a heading,
// so the page still has its h1 for screen readers and tests, and the reason, announced.
export function Refused({ title, text }: { title: string; text: string }) {
  return (
    <section className="space-y-4" data-testid="refused">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p role="alert" className="rounded border border-alert bg-alert-soft p-4 text-alert">{text}</p>
    </section>
  );
}
