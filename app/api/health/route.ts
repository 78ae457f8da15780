// GET /api/health: for the proxy or orchestrator in front (deploy/nginx.conf, docs/deployment.md). 200 when the
// process is up and the database answers within a second, 503 otherwise, never cached anywhere. It also says which
// generation of the public data this database has published ("PublicGeneration", advanced by every approval), so
// an operator can see that every instance reads the same one; null while that table does not exist.
import { NextResponse } from "next/server";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

const DB_TIMEOUT_MS = 1000;

interface DatabaseCheck {
  ok: boolean;
  latencyMs: number | null;
  publishedGeneration: number | null;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function checkDatabase(): Promise<DatabaseCheck> {
  const start = performance.now();
  try {
    return await withTimeout(
      (async () => {
        // to_regclass is null for a missing table, where selecting from it would be an error.
        const [{ present }] = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('"PublicGeneration"') IS NOT NULL AS present`;
        const latencyMs = Math.round((performance.now() - start) * 10) / 10;
        if (!present) return { ok: true, latencyMs, publishedGeneration: null };
        const rows = await db.$queryRaw<{ value: bigint | string }[]>`SELECT value FROM "PublicGeneration" WHERE id = 1`;
        // A bigint column; a count of publications stays far below 2^53.
        return { ok: true, latencyMs, publishedGeneration: rows[0] ? Number(rows[0].value) : null };
      })(),
      DB_TIMEOUT_MS,
    );
  } catch {
    return { ok: false, latencyMs: null, publishedGeneration: null };
  }
}

export async function GET(): Promise<NextResponse> {
  const database = await checkDatabase();
  return NextResponse.json(
    {
      status: database.ok ? "ok" : "degraded",
      uptimeSeconds: Math.round(process.uptime()),
      database: { ok: database.ok, latencyMs: database.latencyMs },
      publishedGeneration: database.publishedGeneration,
    },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
