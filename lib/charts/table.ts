// A chart's numbers as a table: what the shaping here builds and components/charts/data-table.tsx draws.
import type { ReactNode } from "react";

/** `cells[0]` of each row is its header (th scope="row"). */
export type ChartTable = {
  caption: string;
  /** Visually hide the caption where a heading right above already says it. */
  captionHidden?: boolean;
  columns: { label: string; numeric?: boolean }[];
  rows: { key: string; cells: ReactNode[] }[];
  /** A line under the table: how to read it. */
  footnote?: string;
};
