// Starts the embedded database (PGlite behind a Postgres socket) in a child process and returns its URL.
import { fork } from "node:child_process";
import { join } from "node:path";

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

export function startEmbeddedDb(opts: { dataDir: string; port?: number }): Promise<EmbeddedDb> {
  const child = fork(join(import.meta.dirname, "embedded-db-server.mjs"), [], {
    env: { ...process.env, HTX_EMBEDDED_DIR: opts.dataDir, HTX_EMBEDDED_PORT: String(opts.port ?? 0) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`embedded database exited with code ${code}`)));
    child.on("message", (msg: { ready?: boolean; port?: number; error?: string }) => {
      if (msg.error) return reject(new Error(msg.error));
      if (msg.ready) resolve({ url: `postgresql://postgres@127.0.0.1:${msg.port}/postgres?sslmode=disable`, stop });
    });
  });
}
