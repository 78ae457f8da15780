// A moment as staff read it: Vietnam's clock (UTC+7 all year, no daylight saving), whatever the server's zone.
// Built by hand like lib/domain/dates.ts, because ICU versions disagree on Intl's output.
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar day of a moment in Vietnam: "22/11/2026", "22 Nov 2026". */
export function formatDay(at: Date, locale: Locale): string {
  return formatDate(new Date(at.getTime() + VIETNAM_OFFSET_MS), locale);
}

/** "22/11/2026 14:05" in Vietnamese, "22 Nov 2026, 14:05" in English. */
export function formatDateTime(at: Date, locale: Locale): string {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  const time = `${String(local.getUTCHours()).padStart(2, "0")}:${String(local.getUTCMinutes()).padStart(2, "0")}`;
  const date = formatDate(local, locale);
  return locale === "vi" ? `${date} ${time}` : `${date}, ${time}`;
}
