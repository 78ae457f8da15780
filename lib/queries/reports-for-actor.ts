// Reports as a signed-in user may see them: approved ones for everyone, drafts and submitted ones only for
// those allowed (can "report:read-draft"), always with their status so a draft is never mistaken for a result.
// Not cached: what it returns depends on who asks.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isoDate, toFigureValue, valueSelect, type FigureValue } from "./shapes";
import { toThreadComment, threadSelect, type ThreadComment } from "./report-thread";

export interface ReportView {
  year: number;
  status: "DRAFT" | "SUBMITTED" | "APPROVED";
  version: number;
  approvedOn: string | null;
  returnComment: string | null;
  values: FigureValue[];
  /** The report's thread, oldest first: only for those who may see drafts, never in the public view. */
  comments?: Omit<ThreadComment, "authorId">[];
}

export async function reportsForActor(
  db: PrismaClient,
  { actor, slug, from, to, includeDrafts }: { actor: Actor | null; slug: string; from: number; to: number; includeDrafts: boolean },
): Promise<ReportView[] | null> {
  const province = await db.province.findUnique({ where: { slug }, select: { id: true } });
  if (!province) return null;
  const drafts = includeDrafts && can(actor, "report:read-draft", { provinceId: province.id });
  const rows = await db.yearlyReport.findMany({
    where: { provinceId: province.id, year: { gte: from, lte: to }, ...(drafts ? {} : { status: "APPROVED" as const }) },
    orderBy: { year: "asc" },
    select: { year: true, status: true, version: true, approvedAt: true, returnComment: true, values: { select: valueSelect } },
  });
  const comments = drafts
    ? await db.reportComment.findMany({
      where: { report: { provinceId: province.id, year: { gte: from, lte: to } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { ...threadSelect, report: { select: { year: true } } },
    })
    : [];
  const threadOf = (year: number) => comments.filter((c) => c.report.year === year).map((c) => {
    const { authorId: _authorId, ...shown } = toThreadComment(c);
    return shown;
  });
  return rows.map(({ approvedAt, values, ...r }) => ({
    ...r, approvedOn: isoDate(approvedAt), values: values.map((v) => toFigureValue(v, r.year)), ...(drafts ? { comments: threadOf(r.year) } : {}),
  }));
}
