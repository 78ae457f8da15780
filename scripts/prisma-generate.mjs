// Generates the engine-free Prisma 7 client. `prisma generate` still tries to fetch the schema engine
// binary first, which this offline machine cannot download; pointing it at /bin/false skips that.
import { spawnSync } from "node:child_process";
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
