// Command-line options of db:seed --synthetic, db:synthetic and bench: node's parseArgs reads them, zod checks
// them, and a mistake ends with a one-line message and exit code 2 rather than a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";

/** --scale with no default: where it is optional and its absence matters (db:seed without --synthetic). */
export const scaleValue = z.coerce
  .number({ message: "must be a number, e.g. --scale 10" })
  .positive({ message: "must be above 0" })
  .max(50, { message: "is at most 50 (5 million register units)" });

/** 1 is the country of DESIGN.md's "Scale to plan for"; 10 is the "ten times that" it must also handle. */
export const scaleSchema = scaleValue.default(1);

export function parseCli<T extends z.ZodType>(options: NonNullable<ParseArgsConfig["options"]>, schema: T, command: string): z.infer<T> {
  let values: unknown;
  try {
    values = parseArgs({ options, strict: true }).values;
  } catch (err) {
    fail(command, [(err as Error).message]);
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) fail(command, parsed.error.issues.map((i) => `${i.path.length ? `--${i.path.join(".")} ` : ""}${i.message}`));
  return parsed.data;
}

function fail(command: string, lines: string[]): never {
  for (const line of lines) console.error(`${command}: ${line}`);
  process.exit(2);
}
