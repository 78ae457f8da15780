// A report's thread: the return comments, reopening reasons, notes on the report or one value, and the replies
// to them, oldest first. Private: only those who may read the province's drafts are given it (the callers ask
// can() first); nothing here is cached.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentKind } from "@/lib/generated/prisma/enums";

export type { CommentKind };

export interface ThreadComment {
  id: number;
  kind: CommentKind;
  /** The value it is about; null: the whole report. A reply carries its thread's. */
  indicatorCode: string | null;
  parentId: number | null;
  /** Who may resolve a topic is decided with it (its author may); the API leaves it out. */
  authorId: number | null;
  author: string | null;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export const threadSelect = {
  id: true, kind: true, indicatorCode: true, parentId: true, authorId: true, body: true, createdAt: true, resolvedAt: true,
  author: { select: { name: true } }, resolvedBy: { select: { name: true } },
} satisfies Prisma.ReportCommentSelect;

type Row = Prisma.ReportCommentGetPayload<{ select: typeof threadSelect }>;

export function toThreadComment(r: Row): ThreadComment {
  return {
    id: r.id, kind: r.kind, indicatorCode: r.indicatorCode, parentId: r.parentId, authorId: r.authorId, author: r.author?.name ?? null, body: r.body,
    createdAt: r.createdAt.toISOString(), resolvedAt: r.resolvedAt?.toISOString() ?? null, resolvedBy: r.resolvedBy?.name ?? null,
  };
}

export async function reportThread(tx: Prisma.TransactionClient, reportId: number): Promise<ThreadComment[]> {
  const rows = await tx.reportComment.findMany({ where: { reportId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: threadSelect });
  return rows.map(toThreadComment);
}

export interface ThreadTopic {
  root: ThreadComment;
  replies: ThreadComment[];
}

/** The thread as topics (a comment and its replies), the unresolved first: they wait for someone. */
export function threadTopics(comments: ThreadComment[]): ThreadTopic[] {
  const topics = comments.filter((c) => c.parentId === null).map((root) => ({ root, replies: comments.filter((c) => c.parentId === root.id) }));
  return [...topics.filter((t) => !t.root.resolvedAt), ...topics.filter((t) => t.root.resolvedAt)];
}
