// Runs deploy/htx.conf for real, for the tests and `npm run bench -- --instances 2`: nginx in the foreground
// with a temporary prefix, the config's ports and paths replaced (upstreams, listen port, cache and log paths),
// and optionally a second server block that serves a folder of static files (the physical floor of the bench).
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitUntilAnswers } from "./wait-until-answers";

export interface Nginx {
  /** The deployment's address (deploy/htx.conf's server block). */
  origin: string;
  /** The static files' address, when a folder was given. */
  staticOrigin: string | null;
  prefix: string;
  stop(): Promise<void>;
}

/** The nginx binary when one is installed (NGINX_BIN names another), else null. */
export function nginxBinary(): string | null {
  for (const bin of [process.env.NGINX_BIN, "nginx", "/usr/sbin/nginx"].filter(Boolean) as string[]) {
    if (spawnSync(bin, ["-v"], { stdio: "ignore" }).status === 0) return bin;
  }
  return null;
}

/** deploy/htx.conf and its locations, with this run's upstreams, port and paths in place of the examples. */
export function renderConfig(root: string, opts: { prefix: string; port: number; upstreams: number[] }): { site: string; locations: string } {
  const locationsPath = join(opts.prefix, "htx-locations.conf");
  const servers = opts.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=2 fail_timeout=5s;`).join("\n");
  let site = readFileSync(join(root, "deploy/htx.conf"), "utf8");
  site = site.replace(/(\n    server 127\.0\.0\.1:300[12] [^\n]*)+/, `\n${servers}`);
  site = site.replaceAll("/var/cache/nginx/htx", join(opts.prefix, "cache"));
  site = site.replace("listen 80 default_server;", `listen 127.0.0.1:${opts.port} default_server;`);
  site = site.replaceAll("include /etc/nginx/snippets/htx-locations.conf;", `include ${locationsPath};`);
  const locations = readFileSync(join(root, "deploy/htx-locations.conf"), "utf8").replace("/var/log/nginx/htx.access.log", join(opts.prefix, "access.log"));
  if (!site.includes(`127.0.0.1:${opts.port}`) || !site.includes(locationsPath) || !locations.includes(opts.prefix)) {
    throw new Error("deploy/htx.conf no longer has the lines scripts/lib/nginx.ts replaces (listen 80, the upstream servers, the paths)");
  }
  return { site, locations };
}

export async function startNginx(root: string, opts: { port: number; upstreams: number[]; staticDir?: string; staticPort?: number }): Promise<Nginx> {
  const bin = nginxBinary();
  if (!bin) throw new Error("nginx is not installed (Debian: apt-get install nginx)");
  const prefix = mkdtempSync(join(tmpdir(), "htx-nginx-"));
  for (const d of ["cache", "tmp"]) mkdirSync(join(prefix, d));
  const { site, locations } = renderConfig(root, { prefix, port: opts.port, upstreams: opts.upstreams });
  writeFileSync(join(prefix, "htx.conf"), site);
  writeFileSync(join(prefix, "htx-locations.conf"), locations);
  copyFileSync("/etc/nginx/mime.types", join(prefix, "mime.types"));
  const floor = opts.staticDir && opts.staticPort
    ? `server { listen 127.0.0.1:${opts.staticPort}; access_log off; root ${opts.staticDir}; sendfile on; tcp_nopush on; }`
    : "";
  const tmp = join(prefix, "tmp");
  writeFileSync(join(prefix, "nginx.conf"), `# written by scripts/lib/nginx.ts
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
pid ${join(prefix, "nginx.pid")};
error_log ${join(prefix, "error.log")} warn;
events { worker_connections 4096; }
http {
  include ${join(prefix, "mime.types")};
  default_type application/octet-stream;
  keepalive_requests 100000;
  client_body_temp_path ${tmp}/body; proxy_temp_path ${tmp}/proxy; fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi; scgi_temp_path ${tmp}/scgi;
  include ${join(prefix, "htx.conf")};
  ${floor}
}
`);
  const conf = join(prefix, "nginx.conf");
  const check = spawnSync(bin, ["-t", "-p", prefix, "-e", join(prefix, "error.log"), "-c", conf], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  const child = spawn(bin, ["-p", prefix, "-e", join(prefix, "error.log"), "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGQUIT"); // graceful: workers finish their requests
      const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${opts.port}`;
  const exitedWhy = () => (child.exitCode === null ? null : `nginx exited: ${stderr}${readFileSafe(join(prefix, "error.log"))}`);
  await waitUntilAnswers(`${origin}/api/health`, { what: "nginx", seconds: 10, exited: exitedWhy, stop });
  return { origin, staticOrigin: floor ? `http://127.0.0.1:${opts.staticPort}` : null, prefix, stop };
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
