// Vitest global setup for the integration tests: one fresh, migrated database per run.
// With DATABASE_URL: a new database on that server, dropped afterwards. Without: a temporary embedded PGlite.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "@/prisma/migrate";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";
import { createFreshDb } from "@/scripts/lib/fresh-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

export default async function setup(project: TestProject) {
  const server = process.env.DATABASE_URL;
  let url: string;
  let teardown: () => Promise<void>;
  if (server) {
    const db = await createFreshDb(server, "htx_test");
    url = db.url;
    teardown = db.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "htx-test-"));
    const db = await startEmbeddedDb({ dataDir: join(dir, "pglite") });
    url = db.url;
    teardown = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrate(url);
  project.provide("databaseUrl", url);
  project.provide("databaseKind", server ? "server" : "embedded");
  return teardown;
}
