// The national progress board's read: every province, the reports of the board's years (drafts too) and who last
// changed each, and the due days set for those years. Not public: callers check can(actor, "progress:read").
import "server-only";
import { deadlineFor } from "@/lib/domain/deadlines";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { boardYears, shapeBoard, type BoardReport, type BoardRow } from "./board-shape";
import { deadlinesByYear } from "./deadlines";

export interface ProgressBoard {
  year: number;
  years: number[];
  rows: BoardRow[];
  /** The due day of each board year, set or default. */
  deadlines: ReadonlyMap<number, Date>;
}

type LastChange = { entityId: string; at: Date; name: string | null };

/** The latest audit entry of each report, with its actor's name: one row per report (DISTINCT ON, on the index). */
async function lastChanges(db: PrismaClient, reportIds: number[]): Promise<Map<number, LastChange>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db.$queryRaw<LastChange[]>`
    SELECT DISTINCT ON (a."entityId") a."entityId", a."at", COALESCE(NULLIF(u."name", ''), u."email") AS "name"
    FROM "AuditEntry" a LEFT JOIN "User" u ON u."id" = a."actorId"
    WHERE a."entity" = 'YearlyReport' AND a."entityId" IN (${Prisma.join(reportIds.map(String))})
    ORDER BY a."entityId", a."at" DESC, a."id" DESC`;
  return new Map(rows.map((r) => [Number(r.entityId), r]));
}

export async function progressBoard(db: PrismaClient, year: number, now: Date = new Date()): Promise<ProgressBoard> {
  const years = boardYears(year);
  const [provinces, reports, set] = await Promise.all([
    db.province.findMany({ select: { id: true, slug: true, name: true, validFrom: true, validUntil: true } }),
    db.yearlyReport.findMany({
      where: { year: { in: years } },
      select: { id: true, provinceId: true, year: true, status: true, returnComment: true, submittedAt: true, updatedAt: true },
    }),
    deadlinesByYear(db, years),
  ]);
  const changes = await lastChanges(db, reports.map((r) => r.id));
  const facts: BoardReport[] = reports.map((r) => {
    const last = changes.get(r.id);
    // A report loaded by the seed has no audit entry: its own timestamp, and no one to name.
    return { provinceId: r.provinceId, year: r.year, status: r.status, returnComment: r.returnComment, submittedAt: r.submittedAt, changedAt: last?.at ?? r.updatedAt, changedBy: last?.name ?? null };
  });
  const { rows } = shapeBoard({ year, provinces, reports: facts, deadlines: set, now });
  const deadlines = new Map(years.map((y) => [y, deadlineFor(y, set)]));
  return { year, years, rows, deadlines };
}
