import type { ReactNode } from "react";

/** The top of a province's dashboard page: its title, what the page is for, and a note when the user may only read. */
export function PageHeader({ title, intro, readOnly, children }: { title: string; intro: string; readOnly: string | false; children?: ReactNode }) {
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-muted">{intro}</p>
      {readOnly && <p className="text-sm text-warn">{readOnly}</p>}
      {children}
    </header>
  );
}
