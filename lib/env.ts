// The one typed view of the environment (CONVENTIONS.md: no process.env scattered through the code).
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /** Pool size of the app's Prisma client; the embedded database serves at most 10 connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Signs the login sessions. npm start makes one (kept in .data/auth-secret) when it is not set. */
  NEXTAUTH_SECRET: z.string().min(32, { message: "NEXTAUTH_SECRET must be at least 32 characters" }).optional(),
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
