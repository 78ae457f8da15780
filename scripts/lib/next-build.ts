// Builds the production app when there is no build, or when the sources changed after it: a benchmark of a
// stale build would measure code that no longer exists.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "package.json"];
const SKIP = new Set(["generated", "node_modules"]);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const e of readdirSync(path)) if (!SKIP.has(e)) newest = Math.max(newest, newestMtime(join(path, e)));
  return newest;
}

/**
 * Returns why it built ("missing", "stale", "forced"), or null when the build was up to date. `ifStale: false`
 * builds only when there is no build at all (npm start: a rebuild is the developer's call, `npm run build`).
 */
export function ensureBuild(root: string, opts: { force?: boolean; ifStale?: boolean } = {}): string | null {
  // next.config.ts builds into HTX_DIST_DIR when it is set (two builds of one tree side by side).
  const buildId = join(root, process.env.HTX_DIST_DIR ?? ".next", "BUILD_ID");
  const reason = opts.force ? "forced"
    : !existsSync(buildId) ? "missing"
    : opts.ifStale !== false && Math.max(...SOURCES.map((s) => newestMtime(join(root, s)))) > statSync(buildId).mtimeMs ? "stale"
    : null;
  if (!reason) return null;
  const why = reason === "stale" ? "sources changed since the last build" : reason === "missing" ? "no build yet" : reason;
  console.log(`Building the production app (${why}; about a minute) …`);
  const r = spawnSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error("next build failed");
  return reason;
}

/**
 * Removes pages and data Next cached on disk while it served (ISR): they came from whatever database that
 * server had, maybe another one (the demo, a test's). next.config.ts no longer lets Next write them
 * (isrFlushToDisk: false), but a build made before that may hold some, and Next reads them on a memory miss.
 */
export function clearRuntimeCaches(root: string): void {
  const dist = join(root, process.env.HTX_DIST_DIR ?? ".next");
  for (const dir of [join(dist, "server", "route-cache"), join(dist, "cache", "fetch-cache")]) rmSync(dir, { recursive: true, force: true });
}
