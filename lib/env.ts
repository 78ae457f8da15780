// The one typed view of the environment: every setting the app, its server and `npm start` read, with its default
// and what it means (decision 0022). Nothing else in app/, lib/, server/, components/ or proxy.ts touches
// process.env (tests/unit/env.test.ts checks); `.env.example` lists the same settings with the same defaults.
// Parsed on every call, never at import: `next build` imports server modules with no database, tests set variables
// as they go, and parsing these few strings costs microseconds.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

function whole(min: number, max: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}
const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" });
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" });
const text = (fallback: string) => z.string().trim().transform((v) => v || fallback).default(fallback);

const settings = {
  /** The app's Postgres. Required wherever the app opens it; `npm start` without it runs an embedded one. */
  DATABASE_URL: postgresUrl.optional(),
  /** Pool size of the app's Prisma client; the embedded database serves at most 10 connections. */
  DATABASE_POOL_MAX: whole(1, 100).default(10),
  /** How long the app waits for a database connection (a new one, or a free one of the pool), in ms. */
  DATABASE_CONNECT_TIMEOUT_MS: whole(100, 600_000).default(5000),
  /** Longest statement of the app's client, in ms: Postgres cancels it, and a frozen server fails as fast. */
  DATABASE_STATEMENT_TIMEOUT_MS: whole(100, 3_600_000).default(5000),
  /** Where `npm start` keeps the embedded database (default .data/pglite; .data/pglite-synthetic with --synthetic). */
  HTX_DATA_DIR: z.string().optional(),

  /** Signs the login sessions. `npm start` makes one (kept in .data/auth-secret) when it is not set. */
  NEXTAUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  /** The address users open (https://htx.example.gov.vn): Secure cookies, HSTS, canonical links, the sitemap. */
  PUBLIC_URL: httpUrl.optional(),
  /** next-auth's own name for PUBLIC_URL, read when PUBLIC_URL is not set; server/edge.ts sets it from PUBLIC_URL. */
  NEXTAUTH_URL: httpUrl.optional(),

  /**
   * The mail server of the notifications (smtp://user:pass@host:587; smtps:// for TLS from the first byte). Unset:
   * no mail is queued or sent, and the inbox works as ever (decision 0038).
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  /** The sender of that mail ("HTX Dashboard <no-reply@htx.example.gov.vn>"); default no-reply@ PUBLIC_URL's host. */
  MAIL_FROM: z.string().trim().regex(/^([^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, { error: "must be an address: name@host or Name <name@host>" }).optional(),

  /** The first year a yearly report may be written for (decision 0013). */
  REPORT_YEAR_MIN: whole(1945, 2100).default(2000),
  /** The last year a yearly report may be written for (default: the current year). */
  REPORT_YEAR_MAX: whole(1945, 2100).optional(),

  /** Port of the production server (server/main.ts, `-p` wins) and of `npm start`. */
  PORT: whole(1, 65535).default(3000),
  /** The address the production server listens on (`-H` wins; default every interface). */
  HOSTNAME: z.string().optional(),
  /** Memory for the cache of public answers in front of Next.js, in MB; 0 turns it off (decision 0016). */
  HTX_RESPONSE_CACHE_MB: z.coerce.number({ error: "must be a number of MB, 0 or more" }).min(0, { error: "must be a number of MB, 0 or more" }).default(128),
  /** How often each process reads the published generation besides LISTEN, in ms (decision 0016). */
  HTX_GENERATION_POLL_MS: whole(50, 86_400_000).default(1000),
  /** Reverse proxies of ours in front whose X-Forwarded-* to believe (server/client-address.ts, decision 0012). */
  TRUST_PROXY_HOPS: whole(0, 10).default(0),
  /** The request log: info logs every request; warn, error or silent log none of them (server/request-log.ts). */
  LOG_LEVEL: z.string().trim().toLowerCase().transform((v) => v || "info")
    .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` })).default("info"),
  /** Where the request log goes: stdout, stderr, or a file to append to. */
  LOG_DESTINATION: text("stdout"),
  /** The folder of the Next.js build (next.config.ts reads it too). */
  HTX_DIST_DIR: text(".next"),
};

const KEYS = Object.keys(settings);
type Source = Record<string, string | undefined>;

export type Env = ReturnType<typeof parse>;

/** Every wrong setting at once, one line each, naming the variable. */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment (see .env.example):\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

function parse(source: Source, needDatabase: boolean) {
  // A copy of our keys: emptyStringAsUndefined deletes the empty ones from the object it is given.
  const runtimeEnv = Object.fromEntries(KEYS.map((k) => [k, source[k]]));
  const missing = () => (needDatabase && !runtimeEnv.DATABASE_URL ? ["DATABASE_URL: not set (a postgresql:// URL; npm start sets one)"] : []);
  const e = createEnv({
    server: settings,
    runtimeEnv,
    isServer: true,
    // VAR= in a shell or a copied .env means "not set", not 0 or "".
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      throw new EnvError([...issues.map((i) => `${i.path?.map((p) => (typeof p === "object" ? p.key : p)).join(".")}: ${i.message}`), ...missing()]);
    },
  });
  if (missing().length) throw new EnvError(missing());
  return e;
}

/** The settings of `source` (tests pass their own); throws an EnvError listing every wrong one. */
export function readEnv(source: Source, opts?: { needDatabase?: false }): Env;
export function readEnv(source: Source, opts: { needDatabase: true }): Env & { DATABASE_URL: string };
export function readEnv(source: Source, opts: { needDatabase?: boolean } = {}): Env {
  return parse(source, opts.needDatabase ?? false);
}

/**
 * The settings of this process; `overrides` are command-line options that win over their variable. With
 * needDatabase, a missing DATABASE_URL is one of the problems.
 */
export function env(opts?: { needDatabase?: false; overrides?: Source }): Env;
export function env(opts: { needDatabase: true; overrides?: Source }): Env & { DATABASE_URL: string };
export function env(opts: { needDatabase?: boolean; overrides?: Source } = {}): Env {
  // Key by key: copying the whole of process.env costs more than the parse.
  const source = Object.fromEntries(KEYS.map((k) => [k, opts.overrides?.[k] ?? process.env[k]]));
  return parse(source, opts.needDatabase ?? false);
}

/** For a process's first lines (server/main.ts, scripts/start.ts): read(), or the list of problems and exit 1. */
export function envAtStart<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof EnvError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}

/**
 * The server's `-p` wins over PORT: written back so that what the app reads later agrees (the mail's links fall
 * back to http://localhost:PORT, decision 0038).
 */
export function settlePort(port: number): void {
  process.env.PORT = String(port);
}

/**
 * next-auth reads NEXTAUTH_URL and AUTH_TRUST_HOST from process.env itself, on every request: the production
 * server sets them here once, from PUBLIC_URL (server/forwarded.ts authUrlEnv says to what).
 */
export function handToNextAuth(vars: { NEXTAUTH_URL?: string; AUTH_TRUST_HOST?: string }): void {
  delete process.env.NEXTAUTH_URL;
  delete process.env.AUTH_TRUST_HOST;
  Object.assign(process.env, vars);
}
