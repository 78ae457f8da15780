// How the scripts start the production server (server/main.ts: Next.js behind the response cache).
import { join } from "node:path";

/** Arguments for process.execPath, run with the project's root as the working directory. */
export function productionServerArgs(root: string, opts: { port: number; hostname?: string }): string[] {
  const args = ["--import", "tsx", join(root, "server/main.ts"), "-p", String(opts.port)];
  return opts.hostname ? [...args, "-H", opts.hostname] : args;
}
