import type { Key, ReactNode } from "react";

/**
 * The one table the dashboard's lists are drawn with (the public pages have components/charts/data-table.tsx).
 * Columns are data; the markup stays what screen readers and the e2e tests rely on: a caption (hidden unless
 * `captionVisible`), `th scope="col"` headers, and the first column's cells as `th scope="row"` so each row is
 * named by it. No hooks and no "use client": server pages and client panels both render it.
 */
export type Column<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned (numbers, years). */
  numeric?: boolean;
  /** A column of links or buttons: its header is for screen readers only. */
  headerHidden?: boolean;
  /** Bold cells (a row's header is otherwise set in normal weight). */
  bold?: boolean;
  /** Extra classes on this column's cells (e.g. whitespace-nowrap). */
  className?: string;
};

/** What a row may carry besides its cells: a class, and data-* attributes for tests. */
export type RowAttributes = { className?: string } & { [data: `data-${string}`]: string | undefined };

type Props<Row> = {
  caption: ReactNode;
  captionVisible?: boolean;
  /** `false` entries are dropped, so a column can be written `mayEdit && { … }`. */
  columns: (Column<Row> | false)[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  rowAttributes?: (row: Row) => RowAttributes;
  /** Set false where no column names a row (the audit log: time, who, what). */
  rowHeaders?: boolean;
  /** "lines": rules between rows on the page's background; "boxed": a shaded header, for tables inside a panel. */
  look?: "lines" | "boxed";
  dense?: boolean;
  /** Keep the header in view inside a scrolling box (with "boxed", whose header has a background). */
  stickyHeader?: boolean;
  /** Classes on the <table> itself (text size, width, background). */
  className?: string;
  "data-testid"?: string;
};

const LOOKS = {
  lines: { head: undefined, headRow: "border-b border-line", row: "border-b border-line", cell: "pr-3 last:pr-0", pad: ["py-2", "py-1"] },
  boxed: { head: "bg-accent-soft", headRow: undefined, row: "border-t border-line", cell: undefined, pad: ["px-3 py-2", "px-2 py-1"] },
} as const;

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(" ") || undefined;

export function DashboardTable<Row>(props: Props<Row>) {
  const { rows, rowKey, rowAttributes, rowHeaders = true, look = "lines", dense = false } = props;
  const columns = props.columns.filter((c): c is Column<Row> => c !== false);
  const style = LOOKS[look];
  const pad = style.pad[dense ? 1 : 0];
  // Headers keep their room in "lines" tables even when the rows are dense.
  const headPad = look === "lines" ? style.pad[0] : pad;
  const cellClass = (c: Column<Row>, rowHeader = false) =>
    classes(style.cell, pad, c.numeric && "text-right", c.bold ? "font-semibold" : rowHeader && "font-normal", c.className);
  return (
    <table className={classes("w-full border-collapse text-left", props.className)} data-testid={props["data-testid"]}>
      <caption className={props.captionVisible ? "py-1 text-left font-semibold" : "sr-only"}>{props.caption}</caption>
      <thead className={classes(style.head, props.stickyHeader && "sticky top-0")}>
        <tr className={style.headRow}>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={classes(style.cell, headPad, c.numeric && "text-right")}>
              {c.headerHidden ? <span className="sr-only">{c.header}</span> : c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => {
          const extra = rowAttributes?.(row);
          return (
            <tr key={rowKey(row, r)} {...extra} className={classes(style.row, "align-top", extra?.className)}>
              {columns.map((c, i) =>
                i === 0 && rowHeaders ? (
                  <th key={i} scope="row" className={cellClass(c, true)}>{c.cell(row)}</th>
                ) : (
                  <td key={i} className={cellClass(c)}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
