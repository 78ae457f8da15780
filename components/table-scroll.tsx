import type { ReactNode } from "react";

/**
 * The box every public table sits in. Where the table is wider than the screen it scrolls sideways inside the
 * box, never the page: the box is focusable and named (keyboard users can scroll it, screen readers announce it),
 * and a shadow at an edge says more is hidden there (app/globals.css, .table-scroll; no script needed). On phones
 * the tables marked .stack-table show each row as a card instead, so the result is never off to the right.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="table-scroll">
      {children}
    </div>
  );
}
