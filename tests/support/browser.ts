// Which Chromium the end-to-end tests run in (decision 0019): CHROMIUM_PATH, else Playwright's own browser, else
// the system's, else the build inside the npm package @sparticuz/chromium; with none, the run stops before any
// server starts, saying how to get one.
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { browserFonts } from "@/tests/support/browser-fonts";
import { unpackNpmChromium } from "@/tests/support/npm-chromium";

export interface Browser {
  executablePath: string;
  source: "CHROMIUM_PATH" | "playwright" | "system" | "npm";
  /** Added to the browser's environment (its fonts, tests/support/browser-fonts.ts). */
  env?: Record<string, string>;
}

export interface Finders {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  /** Where Playwright's own browser would be (it may not be installed). */
  playwrightPath: () => string | undefined;
  /** The npm package's build, unpacked, or why there is none. */
  unpackNpm: () => Promise<Browser | string>;
}

const SYSTEM_PATHS = ["/usr/bin/chromium"];
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

const HOW_TO_GET_ONE =
  "Get one: on Debian/Ubuntu `sudo apt-get install -y chromium`; with internet access `npx playwright install chromium`; " +
  "or set CHROMIUM_PATH to a Chromium or Chrome binary.";

export function systemCandidates(path: string | undefined): string[] {
  const dirs = (path ?? "").split(delimiter).filter(Boolean);
  return [...SYSTEM_PATHS, ...SYSTEM_NAMES.flatMap((name) => dirs.map((dir) => join(dir, name)))];
}

export async function findChromium(f: Finders): Promise<Browser> {
  const named = f.env.CHROMIUM_PATH;
  // A browser asked for by name is the one wanted: falling back to another would hide the mistake.
  if (named) {
    if (f.exists(named)) return { executablePath: named, source: "CHROMIUM_PATH" };
    throw new Error(`CHROMIUM_PATH is ${named}, which does not exist. ${HOW_TO_GET_ONE}`);
  }
  const own = f.playwrightPath();
  if (own && f.exists(own)) return { executablePath: own, source: "playwright" };
  const system = systemCandidates(f.env.PATH).find((p) => f.exists(p));
  if (system) return { executablePath: system, source: "system" };
  const npm = await f.unpackNpm();
  if (typeof npm !== "string") return npm;
  throw new Error(
    [
      "No Chromium for the end-to-end tests. Looked for:",
      "  - CHROMIUM_PATH: not set",
      `  - Playwright's own browser: ${own ?? "unknown"} (not installed)`,
      `  - the system's: ${SYSTEM_PATHS.join(", ")}, or ${SYSTEM_NAMES.join(", ")} on PATH`,
      `  - the build inside the npm package @sparticuz/chromium: ${npm}`,
      HOW_TO_GET_ONE,
    ].join("\n"),
  );
}

// Set by the Playwright runner once it has found the browser; its workers load the config again and inherit it,
// so that only the first load looks (and unpacks).
const FOUND = "HTX_E2E_CHROMIUM";

export async function chromiumForTests(playwrightPath: () => string | undefined): Promise<Browser> {
  const passed = process.env[FOUND];
  if (passed) {
    const browser = JSON.parse(passed) as Browser;
    if (existsSync(browser.executablePath)) return browser;
  }
  const cacheDir = join(import.meta.dirname, "..", "..", "node_modules", ".cache", "htx-chromium");
  const found = await findChromium({
    env: process.env,
    exists: existsSync,
    // Playwright throws for a platform it has no browser for.
    playwrightPath: () => {
      try {
        return playwrightPath();
      } catch {
        return undefined;
      }
    },
    unpackNpm: () => unpackNpmChromium(cacheDir),
  });
  const browser: Browser = { ...found, env: browserFonts(cacheDir) };
  process.env[FOUND] = JSON.stringify(browser);
  console.log(`Chromium for the end-to-end tests (${browser.source}): ${browser.executablePath}`);
  return browser;
}
