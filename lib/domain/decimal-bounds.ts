// What a figure column can hold, derived once from its type: every report value and target is stored in a
// Postgres numeric(20,4) (prisma/schema.prisma: ReportValue.value/high, Target.min/max). A number the column
// cannot hold is refused with a message before it reaches the database: beyond the magnitude Postgres fails
// with an overflow (a 500 no retry can cure), and beyond the scale it rounds silently, so what was stored would
// differ from what the user saw and the audit recorded. Pure: shared by the form, the API, imports and targets.

/** numeric(precision, scale): `precision` significant digits, `scale` of them after the decimal point. */
export const FIGURE_COLUMN = { precision: 20, scale: 4 } as const;

/** Largest magnitude + 1 that fits: 10^(precision − scale) = 1e16. |value| must be below it. */
export const FIGURE_LIMIT = 10 ** (FIGURE_COLUMN.precision - FIGURE_COLUMN.scale);

export type BoundProblem = "TOO_LARGE" | "TOO_PRECISE";

/** The digits after the decimal point in the shortest text that reads back as `n` (1e-7 → 7, 4.67 → 2). */
export function decimalPlaces(n: number): number {
  const [mantissa, exp = "0"] = String(Math.abs(n)).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exp));
}

/** Why `n` cannot be stored as it is, or null when it can. NaN and ±Infinity are too large. */
export function boundProblem(n: number): BoundProblem | null {
  if (!Number.isFinite(n) || Math.abs(n) >= FIGURE_LIMIT) return "TOO_LARGE";
  if (decimalPlaces(n) > FIGURE_COLUMN.scale) return "TOO_PRECISE";
  return null;
}

