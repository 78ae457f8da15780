// The one typed view of the environment (CONVENTIONS.md: no process.env scattered through the code).
import { z } from "zod";

/** The years a yearly report may be written for (decision 0013); the last defaults to the current year. */
function reportYearsSchema() {
  return z.object({
    REPORT_YEAR_MIN: z.coerce.number().int().min(1945).max(2100).default(2000),
    REPORT_YEAR_MAX: z.coerce.number().int().min(1945).max(2100).optional(),
  });
}

const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /** Pool size of the app's Prisma client; the embedded database serves at most 10 connections. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** How long the app waits for a database connection (a new one, or a free one of the pool), in ms. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** Longest statement of the app's client, in ms: Postgres cancels it, and a frozen server fails as fast. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Signs the login sessions. npm start makes one (kept in .data/auth-secret) when it is not set. */
  NEXTAUTH_SECRET: z.string().min(32, { message: "NEXTAUTH_SECRET must be at least 32 characters" }).optional(),
  /** The address users open (https://htx.example.gov.vn): canonical links and the sitemap use it (lib/site-url.ts). */
  PUBLIC_URL: z.string().url({ message: "PUBLIC_URL must be an http:// or https:// URL" }).optional(),
  ...reportYearsSchema().shape,
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

/** The report-year settings alone: the services check them where no database URL is in the environment (tests). */
export function reportYearSettings(): { REPORT_YEAR_MIN: number; REPORT_YEAR_MAX?: number } {
  const parsed = reportYearsSchema().safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid environment: REPORT_YEAR_MIN/REPORT_YEAR_MAX must be years from 1945 to 2100. See .env.example.`);
  return parsed.data;
}
