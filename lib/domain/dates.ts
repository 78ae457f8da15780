import type { Locale } from "./types";

// Fixed names instead of Intl: ICU versions disagree (en-GB gives "Sept").
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

type CalendarDate = { year: number; month: number; day: number };

// Values come from @db.Date columns, which Prisma hands over as UTC midnight:
// reading UTC fields keeps the calendar day whatever the server's time zone.
function toCalendarDate(d: Date | string): CalendarDate {
  if (typeof d === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.trim());
    if (m) {
      const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
      const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
      // Date.UTC rolls "2019-02-30" over to March; treat that as invalid.
      if (check.getUTCMonth() + 1 !== date.month || check.getUTCDate() !== date.day) {
        throw new RangeError(`Invalid date: ${d}`);
      }
      return date;
    }
    d = new Date(d);
  }
  if (Number.isNaN(d.getTime())) throw new RangeError("Invalid date");
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function formatDate(d: Date | string, locale: Locale): string {
  const { year, month, day } = toCalendarDate(d);
  if (locale === "vi") return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}
