import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

/** "2024", or "2013–2018 (cả nhiệm kỳ)" for a term total. */
export function periodLabel(p: { from: number; to: number }, m: Messages): string {
  return p.from === p.to ? String(p.to) : fill(m.summary.compare.termTotal, { from: p.from, to: p.to });
}
