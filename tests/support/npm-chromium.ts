// The Chromium inside the npm package @sparticuz/chromium (a devDependency): Linux x64 only, brotli-compressed in
// its bin/ folder, so that it installs from the registry like any package (decision 0019). Only its file is used,
// not its executablePath(): that one unpacks into /tmp/chromium shared by everything on the machine, returns a
// half-written file left by an interrupted run, and points the browser's fonts at /tmp/fonts.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import type { Browser } from "@/tests/support/browser";

const PACKAGE = "@sparticuz/chromium";

/** The package's build unpacked under cacheDir (once per version), or why there is none. */
export async function unpackNpmChromium(cacheDir: string, platform = process.platform, arch = process.arch): Promise<Browser | string> {
  if (platform !== "linux" || arch !== "x64") return `it holds a build for Linux x64 only, not ${platform} ${arch}`;
  let packageDir: string;
  try {
    // Its exports name no package.json: find the entry point, which sits in build/.
    packageDir = join(dirname(createRequire(import.meta.url).resolve(PACKAGE)), "..");
  } catch {
    return "not installed (npm install)";
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
  const dir = await unpack(join(packageDir, "bin"), join(cacheDir, version));
  const executablePath = join(dir, "chromium");
  const run = spawnSync(executablePath, ["--version"], { encoding: "utf8", timeout: 30_000 });
  if (run.status !== 0) {
    throw new Error(
      `The Chromium from ${PACKAGE} (${executablePath}) does not start here: ${(run.stderr || String(run.error)).trim()}\n` +
        "It needs the libraries Debian's chromium needs (libnss3 among them): `sudo apt-get install -y chromium` " +
        "brings them and a browser of the system's, or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  return { executablePath, source: "npm" };
}

/**
 * Unpacks bin/chromium.br into dir/chromium, unless there already (the fonts come from tests/support/browser-fonts.ts).
 * It is written into a folder of its own, then renamed into place in one step: two runs unpacking at once both end
 * with a whole copy, and a run killed halfway leaves nothing that looks finished.
 */
export async function unpack(binDir: string, dir: string): Promise<string> {
  if (existsSync(join(dir, "chromium"))) return dir;
  mkdirSync(dirname(dir), { recursive: true });
  const partial = mkdtempSync(`${dir}.partial-`);
  try {
    await pipeline(
      createReadStream(join(binDir, "chromium.br")),
      createBrotliDecompress(),
      createWriteStream(join(partial, "chromium"), { mode: 0o755 }),
    );
    try {
      renameSync(partial, dir);
    } catch (e) {
      // Another run got there first with the same files.
      if (!existsSync(join(dir, "chromium"))) throw e;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return dir;
}
