// The --scale option shared by db:seed --synthetic, db:synthetic and bench, checked with zod.
import { z } from "zod";

/** 1 is the country of DESIGN.md's "Scale to plan for"; 10 is the "ten times that" it must also handle. */
export const scaleSchema = z.coerce
  .number({ message: "--scale must be a number, e.g. --scale 10" })
  .positive({ message: "--scale must be above 0" })
  .max(50, { message: "--scale is at most 50 (5 million register units)" })
  .default(1);

/** Parses argv with zod and exits 2 with the messages when it does not fit. */
export function parseOrExit<T extends z.ZodType>(schema: T, input: unknown, command: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${command}: ${issue.path.length ? `--${issue.path.join(".")}: ` : ""}${issue.message}`);
    process.exit(2);
  }
  return parsed.data;
}
