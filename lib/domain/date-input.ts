// A calendar date typed by a person: Vietnamese day/month/year ("15/12/2025", also with "-" or "."), as
// formatDate() writes it for the vi pages; the API also takes ISO "2025-12-15". Returned as UTC midnight, as
// Prisma stores a @db.Date. Pure: the "not in the future" rule takes today from the caller.

type DateInputProblem = "MALFORMED" | "NOT_A_DATE";

export function parseDayMonthYear(text: string): { ok: true; date: Date } | { ok: false; problem: DateInputProblem } {
  const s = text.trim();
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!vi && !iso) return { ok: false, problem: "MALFORMED" };
  const [day, month, year] = vi ? [vi[1], vi[2], vi[3]].map(Number) : [iso![3], iso![2], iso![1]].map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31/02 over to March: a day the calendar does not have is refused, not moved.
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, problem: "NOT_A_DATE" };
  }
  return { ok: true, date };
}
