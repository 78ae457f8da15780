"use client";
// How large a chart draws its text and rows: 1 on the pages; larger on a projected slide, where no text may be
// under 24 px (decision 0032). The charts multiply their font sizes, row heights and label widths by `scale`.
// A slide shows one target, named by its heading: its bar chart leaves the category names out (`names: false`).
import { createContext, useContext, type ReactNode } from "react";

export type ChartLook = { scale: number; names: boolean };

const ChartLookContext = createContext<ChartLook>({ scale: 1, names: true });

export const useChartLook = () => useContext(ChartLookContext);
export const useChartScale = () => useContext(ChartLookContext).scale;

export function ChartScaleProvider({ scale, names = true, children }: { scale: number; names?: boolean; children: ReactNode }) {
  return <ChartLookContext value={{ scale, names }}>{children}</ChartLookContext>;
}
