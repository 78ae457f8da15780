// The one typed view of the environment (CONVENTIONS.md: no process.env scattered through the code).
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /** Pool size of the app's Prisma client; the embedded database serves at most 10 connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Parsed on first use, not at import: `next build` imports server modules without a database. */
export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`Invalid environment:\n${lines}\nSee .env.example.`);
    }
    cached = parsed.data;
  }
  return cached;
}
