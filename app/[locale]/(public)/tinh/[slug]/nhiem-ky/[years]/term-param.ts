import { termYearsParam } from "@/lib/api/params";

/** "2013-2018" → [2013, 2018], validated as the open-data API does; null for anything else. */
export function parseTermYears(years: string): [number, number] | null {
  const parsed = termYearsParam.safeParse(years);
  return parsed.success ? parsed.data : null;
}
