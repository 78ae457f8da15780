// lib/env.ts: every setting read in one place, checked with messages that name the variable, and the same list
// with the same defaults in .env.example (decision 0022).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "@/lib/env";

const root = join(import.meta.dirname, "..", "..");

function problems(source: Record<string, string>, opts: { needDatabase?: boolean } = {}): string[] {
  try {
    if (opts.needDatabase) readEnv(source, { needDatabase: true });
    else readEnv(source);
  } catch (err) {
    if (err instanceof EnvError) return err.problems;
    throw err;
  }
  return [];
}

/** `# NAME=value` lines of .env.example. */
function exampleSettings(): Map<string, string> {
  const text = readFileSync(join(root, ".env.example"), "utf8");
  return new Map([...text.matchAll(/^# ([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2]]));
}

describe("the environment", () => {
  it("has a default for every setting that needs one", () => {
    expect(readEnv({})).toMatchObject({
      DATABASE_POOL_MAX: 10,
      DATABASE_CONNECT_TIMEOUT_MS: 5000,
      DATABASE_STATEMENT_TIMEOUT_MS: 5000,
      REPORT_YEAR_MIN: 2000,
      PORT: 3000,
      HTX_RESPONSE_CACHE_MB: 128,
      HTX_GENERATION_POLL_MS: 1000,
      TRUST_PROXY_HOPS: 0,
      LOG_LEVEL: "info",
      LOG_DESTINATION: "stdout",
      HTX_DIST_DIR: ".next",
    });
    expect(readEnv({}).DATABASE_URL).toBeUndefined();
    expect(readEnv({}).REPORT_YEAR_MAX).toBeUndefined();
  });

  it("takes an empty value as not set", () => {
    expect(readEnv({ PORT: "", TRUST_PROXY_HOPS: "", LOG_LEVEL: " ", DATABASE_URL: "" })).toMatchObject({ PORT: 3000, TRUST_PROXY_HOPS: 0, LOG_LEVEL: "info", DATABASE_URL: undefined });
  });

  it("parses what it is given", () => {
    expect(readEnv({ PORT: "3001", TRUST_PROXY_HOPS: "2", LOG_LEVEL: " WARN ", HTX_RESPONSE_CACHE_MB: "0.5", REPORT_YEAR_MAX: "2030" }))
      .toMatchObject({ PORT: 3001, TRUST_PROXY_HOPS: 2, LOG_LEVEL: "warn", HTX_RESPONSE_CACHE_MB: 0.5, REPORT_YEAR_MAX: 2030 });
  });

  it("names every wrong variable at once", () => {
    const found = problems({ PORT: "abc", TRUST_PROXY_HOPS: "-1", LOG_LEVEL: "loud", HTX_RESPONSE_CACHE_MB: "-1", PUBLIC_URL: "ftp://htx.gov.vn", NEXTAUTH_SECRET: "short", DATABASE_URL: "mysql://db/htx" });
    expect(found.map((p) => p.split(":")[0]).sort()).toEqual(["DATABASE_URL", "HTX_RESPONSE_CACHE_MB", "LOG_LEVEL", "NEXTAUTH_SECRET", "PORT", "PUBLIC_URL", "TRUST_PROXY_HOPS"]);
    expect(found).toContain("PORT: must be a whole number from 1 to 65535");
    expect(found).toContain("TRUST_PROXY_HOPS: must be a whole number from 0 to 10");
  });

  it("refuses each kind of wrong value, and keeps secrets out of its message", () => {
    for (const bad of ["-1", "1.5", "yes", "11"]) expect(problems({ TRUST_PROXY_HOPS: bad })).toEqual(["TRUST_PROXY_HOPS: must be a whole number from 0 to 10"]);
    for (const bad of ["0", "65536", "3000.5"]) expect(problems({ PORT: bad })).toHaveLength(1);
    expect(problems({ HTX_GENERATION_POLL_MS: "10" })).toHaveLength(1);
    expect(problems({ REPORT_YEAR_MIN: "1900" })).toHaveLength(1);
    expect(problems({ NEXTAUTH_SECRET: "a-secret-that-is-too-short" }).join("\n")).not.toContain("a-secret");
  });

  it("needs DATABASE_URL where the app opens its database", () => {
    expect(problems({ PORT: "abc" }, { needDatabase: true }).map((p) => p.split(":")[0]).sort()).toEqual(["DATABASE_URL", "PORT"]);
    expect(problems({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/htx" }, { needDatabase: true })).toEqual([]);
  });
});

describe(".env.example", () => {
  const example = exampleSettings();
  const settings = Object.keys(readEnv({}));

  it("lists every setting the app reads, and nothing it does not", () => {
    expect(settings.filter((k) => !example.has(k))).toEqual([]);
    const tools = ["CHROMIUM_PATH", "E2E_PORT", "FUZZ_RUNS", "BENCH_DATABASE_URL", "NGINX_BIN"];
    expect([...example.keys()].filter((k) => !settings.includes(k) && !tools.includes(k))).toEqual([]);
  });

  it("shows each default as the module has it, and every value it shows is valid", () => {
    const defaults = readEnv({}) as Record<string, unknown>;
    for (const [name, value] of example) {
      if (!settings.includes(name) || value === "") continue;
      const parsed = (readEnv({ [name]: value }) as Record<string, unknown>)[name];
      if (defaults[name] !== undefined) expect({ name, value: parsed }).toEqual({ name, value: defaults[name] });
    }
  });
});

describe("process.env", () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === "generated" || name === "node_modules" ? [] : files(path);
      return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
    });
  }

  it("is read only by lib/env.ts in the app, its server and the proxy", () => {
    const sources = [...["app", "lib", "server", "components"].flatMap((d) => files(join(root, d))), join(root, "proxy.ts")];
    expect(sources.length).toBeGreaterThan(50);
    const readers = sources
      .filter((path) => /process\s*\.\s*env|process\s*\[\s*["'`]env/.test(readFileSync(path, "utf8")))
      .map((path) => relative(root, path));
    expect(readers).toEqual(["lib/env.ts"]);
  });
});
