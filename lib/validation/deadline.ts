// The due-day form (/quan-ly/tien-do/han-nop): a report year and its due day, typed the Vietnamese way
// ("21/12/2025"). One schema for the form's reader and the service; the day must fall in the report's year or
// the next (a due day in January for December's figures is plausible; one years away is a typo).
import { z } from "zod";
import { formatDate } from "@/lib/domain/dates";
import { parseDayMonthYear } from "@/lib/domain/date-input";
import { fieldErrorFrom, type FieldError } from "./field-errors";

export const DEADLINE_YEARS = { min: 2000, max: 2100 } as const;

const err = fieldErrorFrom("deadline");

/** What the service takes: the year and the day as ISO "2025-12-21" (the form's reader turns dd/mm/yyyy into it). */
export const deadlineInput = z.object({
  year: z.number().int(),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
}).strict();
export type DeadlineInput = z.output<typeof deadlineInput>;

/** The first and last day a year's due day may be. */
function seasonOf(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 11, 31)) };
}

/** The problems of a parsed input, by field: the year's bounds, then the day within the year's season. */
export function checkDeadline(input: DeadlineInput): FieldError[] {
  const { min, max } = DEADLINE_YEARS;
  if (input.year < min || input.year > max) return [err("year", "NOT_YEAR", { min, max })];
  const day = parseDayMonthYear(input.dueOn);
  if (!day.ok) return [err("dueOn", "NOT_A_DATE")];
  const { from, to } = seasonOf(input.year);
  const both = (d: Date) => ({ vi: formatDate(d, "vi"), en: formatDate(d, "en") });
  if (day.date < from || day.date > to) return [err("dueOn", "OUT_OF_SEASON", { from: both(from), to: both(to) })];
  return [];
}

/** The form's text fields as the service's input, or the fields' problems. */
export function deadlineFromForm(values: { year?: string; dueOn?: string }): { input: DeadlineInput | null; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const yearText = (values.year ?? "").trim();
  const year = /^\d{1,4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!Number.isInteger(year)) problems.push(err("year", "NOT_YEAR", DEADLINE_YEARS));
  const dueText = (values.dueOn ?? "").trim();
  const day = dueText ? parseDayMonthYear(dueText) : null;
  if (!dueText) problems.push(err("dueOn", "DATE_REQUIRED"));
  else if (!day?.ok) problems.push(err("dueOn", "NOT_A_DATE"));
  if (problems.length || !day?.ok) return { input: null, problems };
  const input = { year, dueOn: day.date.toISOString().slice(0, 10) };
  const checked = checkDeadline(input);
  return checked.length ? { input: null, problems: checked } : { input, problems: [] };
}
