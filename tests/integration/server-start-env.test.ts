// server/main.ts checks every setting before it starts anything (lib/env.ts, decision 0022): a wrong one stops
// the process at once, exit code 1, with each wrong variable named, .env included. Run from a folder of its own,
// so that no .env of the developer's takes part.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
// From another folder, `--import tsx` would be looked for there.
const tsx = pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;
const cwd = mkdtempSync(join(tmpdir(), "htx-env-"));
writeFileSync(join(cwd, ".env"), "HTX_RESPONSE_CACHE_MB=lots\n");
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const run = promisify(execFile);

async function start(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = { ...process.env };
  for (const k of Object.keys(base)) if (/^(DATABASE_URL|PORT|HOSTNAME|TRUST_PROXY_HOPS|LOG_.*|HTX_.*)$/.test(k)) delete base[k];
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", tsx, join(root, "server/main.ts"), ...args], {
      cwd,
      env: { ...base, TSX_TSCONFIG_PATH: join(root, "tsconfig.json"), ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code?: number; stdout: string; stderr: string };
    return { code: typeof failed.code === "number" ? failed.code : null, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("the production server's start", () => {
  it("stops with every wrong setting named, before it serves anything", async () => {
    const [wrong, noDatabase] = await Promise.all([
      start({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/htx", PORT: "abc", TRUST_PROXY_HOPS: "-1", LOG_LEVEL: "loud" }),
      start({}, ["-p", "70000"]),
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("Invalid environment");
    expect(wrong.stderr).toContain("PORT: must be a whole number from 1 to 65535");
    expect(wrong.stderr).toContain("TRUST_PROXY_HOPS: must be a whole number from 0 to 10");
    expect(wrong.stderr).toContain("LOG_LEVEL: must be one of");
    expect(wrong.stdout).not.toContain("Ready");

    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toContain("DATABASE_URL: not set");
    expect(noDatabase.stderr).toContain("PORT: must be a whole number"); // -p is checked as PORT
    expect(noDatabase.stderr).toContain("HTX_RESPONSE_CACHE_MB: must be a number of MB"); // from .env
  });
});
