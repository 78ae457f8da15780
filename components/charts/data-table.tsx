import { TableScroll } from "@/components/table-scroll";
import type { ChartTable } from "@/lib/charts/table";

export function DataTable({ table }: { table: ChartTable }) {
  const align = (i: number) => (table.columns[i]?.numeric ? "text-right" : "text-left");
  return (
    <TableScroll label={table.caption}>
      {/* Wide enough that cells never break word by word: between phone and desktop widths the table scrolls
          sideways in its box; on a phone its rows are stacked (.stack-table). */}
      <table className="stack-table w-full border-collapse text-left" style={{ minWidth: `${Math.min(52, table.columns.length * 7.5)}rem` }}>
        <caption className={table.captionHidden ? "sr-only" : "px-4 py-2 text-left text-sm font-semibold text-muted"}>{table.caption}</caption>
        <thead className="bg-accent-soft text-sm">
          <tr>
            {table.columns.map((c, i) => (
              <th key={c.label} scope="col" className={`px-3 py-2 first:pl-4 ${align(i)} ${c.numeric ? "whitespace-nowrap" : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className="border-t border-line align-top">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="py-2.5 pl-4 pr-3 font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={i} data-label={table.columns[i]?.label} className={`px-3 py-2.5 ${align(i)}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.footnote && <p className="border-t border-line px-4 py-2 text-sm text-muted">{table.footnote}</p>}
    </TableScroll>
  );
}
